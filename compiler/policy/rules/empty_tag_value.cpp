// MIG5003: no tag has an empty value.
#include "policy/rule.h"

namespace migc::policy {
namespace {

class EmptyTagValueRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::EmptyTagValue; }
  void run(const RuleContext& ctx) const override {
    const ir::Program& p = ctx.program();
    for (const auto& [key, value] : p.tags.entries) {
      if (value.kind != ir::Value::Kind::String || !value.text.empty()) continue;
      ctx.report(value.range.file.valid() ? value.range : p.migration_range, key);
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeEmptyTagValueRule() { return std::make_unique<EmptyTagValueRule>(); }

}  // namespace migc::policy
