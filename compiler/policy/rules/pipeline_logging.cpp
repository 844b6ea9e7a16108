// MIG5014: DMS task logs go to CloudWatch Logs.
#include "policy/rule.h"

namespace migc::policy {
namespace {

class PipelineLoggingRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::PipelineLogging; }
  void run(const RuleContext& ctx) const override {
    for (const ir::Object* pipeline : ctx.objectsOf("pipeline")) {
      const ir::Value* v = pipeline->field("settings.logging");
      if (!v || v->kind != ir::Value::Kind::Bool || v->boolean) continue;
      SourceRange at = ctx.where(*pipeline, "settings.logging");
      ctx.report(at, pipeline->name).fix(at, "true");
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makePipelineLoggingRule() { return std::make_unique<PipelineLoggingRule>(); }

}  // namespace migc::policy
