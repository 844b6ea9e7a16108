// MIG5028: least privilege. Any `actions` or `resources` list, on any kind
// or inside any nested block (statements), must not hold "*" or "service:*".
#include <fmt/format.h>

#include "policy/rule.h"

namespace migc::policy {
namespace {

using Kind = ir::Value::Kind;

class IamWildcardRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::IamWildcard; }
  void run(const RuleContext& ctx) const override {
    for (const ir::Object& o : ctx.program().objects)
      if (o.kind != "policy") walk(ctx, o, o.fields, "");  // a policy's maps describe values, not grants
  }

 private:
  void walk(const RuleContext& ctx, const ir::Object& o, const ir::Value& v, std::string_view key) const {
    if (v.kind == Kind::Map) {
      for (const auto& [k, item] : v.entries) walk(ctx, o, item, k);
      return;
    }
    if (v.kind != Kind::List) return;
    bool policy_list = key == "actions" || key == "resources";
    for (const ir::Value& item : v.items) {
      if (!policy_list || item.kind != Kind::String) {
        walk(ctx, o, item, "");
        continue;
      }
      bool wildcard = item.text == "*" || (key == "actions" && item.text.ends_with(":*"));
      if (!wildcard) continue;
      SourceRange at = item.range.file.valid() ? item.range : ctx.where(o, key);
      ctx.report(at, fmt::format("{} {}", o.kind, o.name), key)
          .help(key == "actions" ? "list the actions the resource needs, e.g. \"secretsmanager:GetSecretValue\""
                                 : "list the ARNs, e.g. the secret's or the key's");
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeIamWildcardRule() { return std::make_unique<IamWildcardRule>(); }

}  // namespace migc::policy
