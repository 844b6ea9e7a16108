// MIG5033: DMS validates the rows it copies.
#include "policy/rule.h"

namespace migc::policy {
namespace {

class PipelineValidationRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::PipelineValidation; }
  void run(const RuleContext& ctx) const override {
    for (const ir::Object* pipeline : ctx.objectsOf("pipeline")) {
      const ir::Value* v = pipeline->field("settings.validation");
      if (!v || v->kind != ir::Value::Kind::Bool || v->boolean) continue;
      ctx.report(ctx.where(*pipeline, "settings.validation"), pipeline->name).help("settings { validation = true }");
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makePipelineValidationRule() { return std::make_unique<PipelineValidationRule>(); }

}  // namespace migc::policy
