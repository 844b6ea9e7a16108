// MIG5004: a naming pattern without {name} gives every declaration of a
// kind the same physical name; reported when a kind has several.
#include <map>

#include "policy/rule.h"

namespace migc::policy {
namespace {

class NamingUniqueRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::NamingUnique; }
  void run(const RuleContext& ctx) const override {
    const ir::Program& p = ctx.program();
    if (p.naming.find("{name}") != std::string::npos) return;
    std::map<std::string, std::vector<const ir::Object*>> by_kind;
    for (const ir::Object& o : p.objects)
      if (o.kind != "policy") by_kind[o.kind].push_back(&o);
    for (const auto& [kind, objects] : by_kind) {
      if (objects.size() < 2) continue;
      auto b = ctx.report(p.migration_range, p.naming, objects.size(), kind);
      for (const ir::Object* o : objects) b.note("declared here", o->name_range);
      b.help("add {name} to the naming pattern");
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeNamingUniqueRule() { return std::make_unique<NamingUniqueRule>(); }

}  // namespace migc::policy
