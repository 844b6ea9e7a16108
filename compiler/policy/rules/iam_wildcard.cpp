// MIG5028: least privilege. Any `actions` or `resources` list, on any kind
// or inside any nested block (statements), must not hold "*" or "service:*".
// An `allow` map (a function's grants) is keyed by action, so its keys are
// read as actions; its values are declarations, never "*" (MIG2058).
// `readers` and `writers` (a bucket's principals) must not be "*" (anyone).
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
      if (o.kind != "policy")  // a policy's maps describe values, not grants
        o.forEachField([&](const std::string& k, const ir::Value& v) { walk(ctx, o, v, k); });
  }

 private:
  static bool wildcardAction(std::string_view action) { return action == "*" || action.ends_with(":*"); }

  void walk(const RuleContext& ctx, const ir::Object& o, const ir::Value& v, std::string_view key) const {
    if (v.kind == Kind::Map) {
      for (const auto& [k, item] : v.entries) {
        if (key == "allow" && wildcardAction(k)) {
          SourceRange at = item.range.file.valid() ? item.range : ctx.where(o, "allow");
          ctx.report(at, fmt::format("{} {}", o.kind, o.name), k, "allow")
              .help("name the actions the function needs, e.g. \"route53:ChangeResourceRecordSets\"");
        }
        walk(ctx, o, item, k);
      }
      return;
    }
    if (v.kind != Kind::List) return;
    bool policy_list = key == "actions" || key == "resources";
    bool principal_list = key == "readers" || key == "writers";
    for (const ir::Value& item : v.items) {
      if (!(policy_list || principal_list) || item.kind != Kind::String) {
        walk(ctx, o, item, "");
        continue;
      }
      bool wildcard = key == "actions" ? wildcardAction(item.text) : item.text == "*";
      if (!wildcard) continue;
      SourceRange at = item.range.file.valid() ? item.range : ctx.where(o, key);
      ctx.report(at, fmt::format("{} {}", o.kind, o.name), item.text, key)
          .help(key == "actions"     ? "list the actions the resource needs, e.g. \"secretsmanager:GetSecretValue\""
                : principal_list ? "list the principals' ARNs, e.g. a role's"
                                 : "list the ARNs, e.g. the secret's or the key's");
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeIamWildcardRule() { return std::make_unique<IamWildcardRule>(); }

}  // namespace migc::policy
