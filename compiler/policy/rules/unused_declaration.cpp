// MIG5037: keys, secrets and networks that nothing references. Any field
// of any kind counts as a use, so kinds added later need no change here.
#include <vector>

#include "policy/rule.h"

namespace migc::policy {
namespace {

using Kind = ir::Value::Kind;

void markUses(const ir::Value& v, std::vector<bool>& used) {
  if (v.kind == Kind::Attr && v.object < used.size()) used[v.object] = true;
  for (const ir::Value& item : v.items) markUses(item, used);
  for (const auto& [k, item] : v.entries) markUses(item, used);
}

class UnusedDeclarationRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::UnusedDeclaration; }
  void run(const RuleContext& ctx) const override {
    const ir::Program& p = ctx.program();
    std::vector<bool> used(p.objects.size(), false);
    for (const ir::Object& o : p.objects) markUses(o.fields, used);  // defaults hold no references
    for (const ir::Output& out : p.outputs) markUses(out.value, used);
    for (size_t i = 0; i < p.objects.size(); ++i) {
      const ir::Object& o = p.objects[i];
      if (used[i] || (o.kind != "key" && o.kind != "secret" && o.kind != "network")) continue;
      ctx.report(o.name_range, o.kind, o.name);
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeUnusedDeclarationRule() { return std::make_unique<UnusedDeclarationRule>(); }

}  // namespace migc::policy
