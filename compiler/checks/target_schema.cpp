// CHK-D16: with target_prep = do_nothing (the default) or truncate, DMS
// loads into the target's existing tables and creates none. A cluster or database the
// program creates is empty, so the full load fails on its first table unless
// the schema is created first: a note (MIG2152) at the pipeline's target,
// and runbook.md lists the step.
#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {

class TargetSchemaCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-D16"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* pipeline : ctx.objectsOf("pipeline")) {
      const ir::Value* settings = pipeline->field("settings");
      const std::string* prep = constText(settings ? settings->get("target_prep") : nullptr);
      std::string mode = prep ? *prep : "do_nothing";
      if (mode != "do_nothing" && mode != "truncate") continue;
      const ir::Object* target = ctx.referenced(*pipeline, "to");
      if (!target) continue;
      ctx.report(DiagKind::TargetSchemaRequired, ctx.where(*pipeline, "to"), pipeline->name, target->name, mode)
          .help("create the schema in " + target->name +
                " before the task starts, or set settings { target_prep = drop_and_create } to let DMS create "
                "the tables (primary keys only)");
    }
  }
};

std::unique_ptr<DomainCheck> makeTargetSchemaCheck() { return std::make_unique<TargetSchemaCheck>(); }

}  // namespace migc::checks
