// MIG5046: a function's log group keeps events at least `min_days`, long
// enough to investigate a failed cutover step after the fact.
#include <fmt/format.h>

#include "checks/check_util.h"
#include "policy/rule.h"

namespace migc::policy {
namespace {

class FunctionLogRetentionRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::FunctionLogRetention; }
  std::vector<RuleOption> options() const override {
    return {{"min_days", RuleOption::Type::Integer, "14",
             "The shortest log retention accepted, in days (a value CloudWatch Logs takes: 1, 3, 5, 7, 14, 30, ...)."}};
  }
  void run(const RuleContext& ctx) const override {
    int64_t min_days = ctx.integer("min_days");
    for (const ir::Object* fn : ctx.objectsOf("function")) {
      auto seconds = checks::constQuantity(fn->field("log_retention"), ir::Dimension::Duration);
      if (!seconds || *seconds >= double(min_days) * 86400) continue;
      SourceRange at = ctx.where(*fn, "log_retention");
      ctx.report(at, fn->name, checks::formatDuration(*seconds), min_days).fix(at, fmt::format("{}d", min_days));
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeFunctionLogRetentionRule() { return std::make_unique<FunctionLogRetentionRule>(); }

}  // namespace migc::policy
