// MIG5025: no credentials written in the program. Walks every string in
// every declaration, the tags, params' defaults and outputs: a value under
// a key that names a secret, or a value shaped like an AWS access key or a
// PEM private key.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "policy/rule.h"

namespace migc::policy {
namespace {

using Kind = ir::Value::Kind;

bool secretKey(std::string_view key) {
  std::string k;
  for (char c : key) k.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  for (std::string_view word : {"password", "passwd", "secret", "token", "api_key", "apikey", "private_key", "access_key"})
    if (k.find(word) != std::string::npos) return true;
  return false;
}

// An AWS access key id, (AKIA|ASIA)[0-9A-Z]{16}, anywhere in the text. A
// scan rather than std::regex_search, which made this rule a tenth of the
// CPU of a large check: every string of the program goes through here.
bool hasAccessKeyId(std::string_view s) {
  auto upperOrDigit = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
  for (size_t at = s.find("A"); at != std::string_view::npos && at + 20 <= s.size(); at = s.find('A', at + 1)) {
    std::string_view prefix = s.substr(at, 4);
    if (prefix != "AKIA" && prefix != "ASIA") continue;
    if (std::all_of(s.begin() + at + 4, s.begin() + at + 20, upperOrDigit)) return true;
  }
  return false;
}

bool secretShaped(std::string_view text) {
  return hasAccessKeyId(text) || text.find("PRIVATE KEY-----") != std::string_view::npos;
}

class LiteralSecretRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::LiteralSecret; }
  void run(const RuleContext& ctx) const override {
    const ir::Program& p = ctx.program();
    for (const ir::Object& o : p.objects)
      if (o.kind != "policy") {
        std::string owner = fmt::format("{} {}", o.kind, o.name);
        o.forEachField([&](const std::string& k, const ir::Value& v) { walk(ctx, v, k, owner, o.name_range); });
      }
    walk(ctx, p.tags, "", "the migration's tags", p.migration_range);
    for (const ir::Param& param : p.params)
      if (param.has_default) walk(ctx, param.default_value, param.name, "param " + param.name, param.range);
    for (const ir::Output& out : p.outputs) walk(ctx, out.value, out.name, "output " + out.name, out.range);
  }

 private:
  // Fields that hold names of users, not secrets.
  static bool harmless(std::string_view key) { return key == "username" || key == "description" || key == "display_name"; }

  void walk(const RuleContext& ctx, const ir::Value& v, std::string_view key, const std::string& owner, SourceRange fallback) const {
    switch (v.kind) {
      case Kind::String: {
        if (v.text.empty() || harmless(key)) return;
        bool by_key = secretKey(key) && v.text.size() >= 6;
        if (!by_key && !secretShaped(v.text)) return;
        std::string what = key.empty() || owner.ends_with(std::string(" ") + std::string(key)) ? owner : fmt::format("{} of {}", key, owner);
        ctx.report(v.range.file.valid() ? v.range : fallback, what)
            .help("declare a `secret` (generated, or with generate = false and set out of band) and reference it");
        return;
      }
      case Kind::List:
        for (const ir::Value& item : v.items) walk(ctx, item, key, owner, fallback);
        return;
      case Kind::Map:
        for (const auto& [k, item] : v.entries) walk(ctx, item, k, owner, fallback);
        return;
      default:
        return;
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeLiteralSecretRule() { return std::make_unique<LiteralSecretRule>(); }

}  // namespace migc::policy
