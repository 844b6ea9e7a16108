// A pipeline's `events` block subscribes its topic to the task's and the
// instance's event categories, one DMS event subscription per source type
// with a non-empty list. A block whose two lists are both empty creates no
// subscription at all: the topic it names would never hear from DMS, which
// is not what someone writing `events { topic = ... }` meant.
#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

bool emptyList(const ir::Value* v) { return v && v->kind == ir::Value::Kind::List && v->items.empty(); }

class PipelineEventsCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-D14"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* pipeline : ctx.objectsOf("pipeline")) {
      if (!pipeline->field("events")) continue;
      if (!emptyList(pipeline->field("events.task")) || !emptyList(pipeline->field("events.instance"))) continue;
      ctx.report(DiagKind::PipelineEventsEmpty, ctx.where(*pipeline, "events.topic"), pipeline->name)
          .note("no task categories", ctx.where(*pipeline, "events.task"))
          .note("no instance categories", ctx.where(*pipeline, "events.instance"))
          .help("remove `task = []` to get task failures and state changes, or remove the `events` block");
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makePipelineEventsCheck() { return std::make_unique<PipelineEventsCheck>(); }

}  // namespace migc::checks
