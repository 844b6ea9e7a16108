// MIG5030: Performance Insights is on.
#include "policy/rule.h"

namespace migc::policy {
namespace {

class InsightsEnabledRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::InsightsEnabled; }
  void run(const RuleContext& ctx) const override {
    for (const ir::Object* cluster : ctx.objectsOf("cluster")) {
      const ir::Value* v = cluster->field("insights.enabled");
      if (!v || v->kind != ir::Value::Kind::Bool || v->boolean) continue;
      SourceRange at = ctx.where(*cluster, "insights.enabled");
      ctx.report(at, cluster->name).fix(at, "true").help("7 days of retention are free");
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeInsightsEnabledRule() { return std::make_unique<InsightsEnabledRule>(); }

}  // namespace migc::policy
