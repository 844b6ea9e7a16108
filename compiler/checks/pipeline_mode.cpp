// CHK-D13: a full_load pipeline stops when the copy is done. An alarm or a
// cutover gate on its metrics (every pipeline metric is a CDC one) never
// gets a datapoint: an error (MIG2115). A cutover to its target is a
// warning (MIG2126): it loses every write made after the load, unless the
// source is kept read-only from the load to the cutover (an offline
// migration, which is legitimate and which migc cannot see).
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

using Kind = ir::Value::Kind;

bool refersTo(const ir::Value* v, int index) {
  return v && v->kind == Kind::Attr && static_cast<int>(v->object) == index;
}

// The first alarm or cutover gate that watches `pipeline`, as (what, where).
std::optional<std::pair<std::string, SourceRange>> watcherOf(const CheckContext& ctx, const ir::Object& pipeline) {
  int self = ctx.program().indexOf(pipeline.name);
  for (const ir::Object* alarm : ctx.objectsOf("alarm"))
    if (refersTo(alarm->field("watch"), self))
      return std::pair{fmt::format("alarm {} (on {}.{})", alarm->name, pipeline.name, alarm->field("watch")->text),
                       ctx.where(*alarm, "watch")};
  for (const ir::Object* cutover : ctx.objectsOf("cutover")) {
    const ir::Value* phases = cutover->field("phase");
    for (const ir::Value& phase : phases ? phases->items : std::vector<ir::Value>{}) {
      const ir::Value* gates = phase.get("gate");
      for (const ir::Value& gate : gates ? gates->items : std::vector<ir::Value>{})
        if (refersTo(gate.get("watch"), self))
          return std::pair{fmt::format("a gate of cutover {} (on {}.{})", cutover->name, pipeline.name,
                                       gate.get("watch")->text),
                           gate.get("watch")->range};
    }
  }
  return std::nullopt;
}

class PipelineModeCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-D13"; }

  void run(const CheckContext& ctx) const override {
    const ir::Program& p = ctx.program();
    for (const ir::Object* pipeline : ctx.objectsOf("pipeline")) {
      const std::string* mode = constText(pipeline->field("mode"));
      if (!mode || *mode != "full_load") continue;
      SourceRange where = ctx.where(*pipeline, "mode");
      if (auto watcher = watcherOf(ctx, *pipeline)) {
        ctx.report(DiagKind::FullLoadWithReplicationUse, where, pipeline->name, watcher->first)
            .note("watched here", watcher->second)
            .fix(where, "full_load_and_cdc")
            .help("mode = full_load_and_cdc keeps replicating changes until the cutover");
        continue;
      }
      const ir::Object* target = ctx.referenced(*pipeline, "to");
      int target_index = target ? p.indexOf(target->name) : -1;
      for (const ir::Object* cutover : ctx.objectsOf("cutover")) {
        if (!refersTo(cutover->field("green.target"), target_index)) continue;
        ctx.report(DiagKind::FullLoadBeforeCutover, where, pipeline->name, cutover->name, target->name)
            .note("the cutover moves traffic here", ctx.where(*cutover, "green.target"))
            .help("use mode = full_load_and_cdc, or keep the source read-only from the load to the cutover and "
                  "suppress this with that reason");
        break;
      }
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makePipelineModeCheck() { return std::make_unique<PipelineModeCheck>(); }

}  // namespace migc::checks
