// MIG5002: resource names carry the environment suffix (seed CHK-N1), so
// stacks for several environments or CI runs can live side by side.
#include <fmt/format.h>

#include "policy/rule.h"

namespace migc::policy {
namespace {

class NamingSuffixRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::NamingSuffix; }
  std::vector<RuleOption> options() const override {
    return {{"param", RuleOption::Type::String, R"("suffix")",
             "The param whose placeholder the naming pattern must contain."}};
  }
  void run(const RuleContext& ctx) const override {
    const ir::Program& p = ctx.program();
    std::string param = ctx.string("param");
    std::string placeholder = "{" + param + "}";
    if (p.naming.find(placeholder) != std::string::npos) return;
    bool declared = false;
    for (const ir::Param& q : p.params) declared = declared || q.name == param;
    auto b = ctx.report(p.migration_range, p.naming, param);
    if (!declared) b.note(fmt::format("declare it: param {}: string", param));
    b.help(fmt::format("add {} to the pattern, e.g. naming = \"{}-{}\"", placeholder, p.naming, placeholder));
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeNamingSuffixRule() { return std::make_unique<NamingSuffixRule>(); }

}  // namespace migc::policy
