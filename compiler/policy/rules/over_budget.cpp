// MIG5055: the program's estimated monthly cost (its lower bound) stays
// within `migration { monthly_budget }` (seed 002: "target monthly cost
// under $500").
#include <fmt/format.h>

#include <cmath>

#include "policy/rule.h"

namespace migc::policy {
namespace {

std::string dollars(double v) { return fmt::format("${:.2f}", std::round(v * 100) / 100); }

class OverBudgetRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::OverBudget; }
  std::vector<RuleOption> options() const override {
    return {{"largest", RuleOption::Type::Integer, "3", "How many of the largest items the notes name."}};
  }
  void run(const RuleContext& ctx) const override {
    const ir::Program& p = ctx.program();
    const ir::Value& budget = p.monthly_budget;
    if (budget.kind != ir::Value::Kind::Quantity || budget.dimension != ir::Dimension::Money) return;
    const CostSummary* cost = ctx.cost();
    if (!cost || cost->low_usd <= budget.number) return;
    SourceRange at = budget.range.file.valid() ? budget.range : p.migration_range;
    auto d = ctx.report(at, p.name, dollars(cost->low_usd), dollars(budget.number));
    int64_t shown = 0;
    for (const auto& [what, usd] : cost->largest) {
      if (shown++ >= ctx.integer("largest")) break;
      d.note(fmt::format("{} a month: {}", dollars(usd), what));
    }
    if (cost->not_priced) d.note(fmt::format("{} dimensions have no price row and count as $0", cost->not_priced));
    d.help("`migc cost` lists every line with its price row; lower the capacity or raise the budget");
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeOverBudgetRule() { return std::make_unique<OverBudgetRule>(); }

}  // namespace migc::policy
