// MIG5031: Performance Insights retention stays within what the project
// pays for (seed 000: 7 days).
#include <fmt/format.h>

#include "checks/check_util.h"
#include "policy/rule.h"

namespace migc::policy {
namespace {

class InsightsRetentionCostRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::InsightsRetentionCost; }
  std::vector<RuleOption> options() const override {
    return {{"max_days", RuleOption::Type::Integer, "7", "The longest retention accepted, in days (7 is free)."}};
  }
  void run(const RuleContext& ctx) const override {
    int64_t max_days = ctx.integer("max_days");
    for (const ir::Object* cluster : ctx.objectsOf("cluster")) {
      const ir::Value* enabled = cluster->field("insights.enabled");
      if (enabled && enabled->kind == ir::Value::Kind::Bool && !enabled->boolean) continue;
      auto seconds = checks::constQuantity(cluster->field("insights.retention"), ir::Dimension::Duration);
      if (!seconds || *seconds <= double(max_days) * 86400) continue;
      SourceRange at = ctx.where(*cluster, "insights.retention");
      ctx.report(at, cluster->name, checks::formatDuration(*seconds), max_days).fix(at, "7d");
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeInsightsRetentionCostRule() { return std::make_unique<InsightsRetentionCostRule>(); }

}  // namespace migc::policy
