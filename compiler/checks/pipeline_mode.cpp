// CHK-D13: a full_load pipeline stops when the copy is done. An alarm or a
// cutover gate on its CDC metrics (every pipeline metric is one) never gets
// data, and a cutover to its target loses every write made after the load.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

using Kind = ir::Value::Kind;

bool refersTo(const ir::Value* v, int index) {
  return v && v->kind == Kind::Attr && static_cast<int>(v->object) == index;
}

class PipelineModeCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-D13"; }

  void run(const CheckContext& ctx) const override {
    const ir::Program& p = ctx.program();
    for (const ir::Object* pipeline : ctx.objectsOf("pipeline")) {
      const std::string* mode = constText(pipeline->field("mode"));
      if (!mode || *mode != "full_load") continue;
      int self = p.indexOf(pipeline->name);
      const ir::Object* target = ctx.referenced(*pipeline, "to");
      int target_index = target ? p.indexOf(target->name) : -1;
      auto report = [&](std::string user, SourceRange at) {
        ctx.report(DiagKind::FullLoadWithReplicationUse, ctx.where(*pipeline, "mode"), pipeline->name, user)
            .note("needs replication here", at)
            .fix(ctx.where(*pipeline, "mode"), "full_load_and_cdc")
            .help("mode = full_load_and_cdc keeps replicating changes until the cutover");
      };
      bool found = false;
      for (const ir::Object* alarm : ctx.objectsOf("alarm"))
        if (!found && refersTo(alarm->field("watch"), self)) {
          report(fmt::format("alarm {} (on {}.{})", alarm->name, pipeline->name, alarm->field("watch")->text),
                 ctx.where(*alarm, "watch"));
          found = true;
        }
      for (const ir::Object* cutover : ctx.objectsOf("cutover")) {
        if (found) break;
        if (refersTo(cutover->field("green.target"), target_index)) {
          report(fmt::format("cutover {} (to {})", cutover->name, target->name), ctx.where(*cutover, "green.target"));
          found = true;
          break;
        }
        const ir::Value* phases = cutover->field("phase");
        for (const ir::Value& phase : phases ? phases->items : std::vector<ir::Value>{}) {
          const ir::Value* gates = phase.get("gate");
          for (const ir::Value& gate : gates ? gates->items : std::vector<ir::Value>{})
            if (!found && refersTo(gate.get("watch"), self)) {
              report(fmt::format("a gate of cutover {}", cutover->name), gate.get("watch")->range);
              found = true;
            }
        }
      }
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makePipelineModeCheck() { return std::make_unique<PipelineModeCheck>(); }

}  // namespace migc::checks
