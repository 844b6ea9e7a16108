// CHK-D11 and CHK-D8: task settings that assume what migc cannot see on the
// target. drop_and_create throws away a schema created ahead of the load
// (indexes, keys, procedures: DMS recreates tables with primary keys only);
// batch apply needs a primary or unique key on every replicated table.
// Heterogeneous pipelines already get MIG2018 for the schema.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

class PipelineSettingsCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-D11/D8"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* pipeline : ctx.objectsOf("pipeline")) {
      const ir::Object* source = ctx.referenced(*pipeline, "from");
      const ir::Object* target = ctx.referenced(*pipeline, "to");
      auto from = source ? engineOf(*source) : std::nullopt;
      auto to = target ? engineOf(*target) : std::nullopt;
      const std::string* prep = constText(pipeline->field("settings.target_prep"));
      if (prep && *prep == "drop_and_create" && from && to && engineFamily(from->engine) == engineFamily(to->engine)) {
        SourceRange where = ctx.where(*pipeline, "settings.target_prep");
        ctx.report(DiagKind::TargetPrepDropsSchema, where, pipeline->name)
            .fix(where, "do_nothing")
            .help("keep the schema created on the target: target_prep = do_nothing (or truncate to reload)");
      }
      const ir::Value* batch = pipeline->field("settings.batch_apply");
      const std::string* mode = constText(pipeline->field("mode"));
      if (batch && batch->kind == ir::Value::Kind::Bool && batch->boolean && (!mode || *mode != "full_load"))
        ctx.report(DiagKind::BatchApplyNeedsKeys, ctx.where(*pipeline, "settings.batch_apply"), pipeline->name)
            .help("include only tables with a primary or unique key, or set batch_apply = false");
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makePipelineSettingsCheck() { return std::make_unique<PipelineSettingsCheck>(); }

}  // namespace migc::checks
