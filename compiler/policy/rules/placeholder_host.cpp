// MIG5036: source hosts that are documentation placeholders (RFC 2606,
// RFC 5737; seed CHK-X8) are noted, so they are replaced before deploying.
#include <algorithm>
#include <cctype>

#include "policy/rule.h"

namespace migc::policy {
namespace {

bool isPlaceholder(std::string host) {
  std::transform(host.begin(), host.end(), host.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  auto ends = [&](std::string_view suffix) {
    return host == suffix.substr(1) || host.ends_with(suffix);
  };
  for (std::string_view d : {".example.com", ".example.org", ".example.net", ".example", ".test", ".invalid", ".localhost"})
    if (ends(d)) return true;
  for (std::string_view net : {"192.0.2.", "198.51.100.", "203.0.113."})
    if (host.starts_with(net)) return true;
  return false;
}

class PlaceholderHostRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::PlaceholderHost; }
  void run(const RuleContext& ctx) const override {
    for (const ir::Object* source : ctx.objectsOf("source")) {
      const ir::Value* host = source->field("host");
      if (!host || host->kind != ir::Value::Kind::String || !isPlaceholder(host->text)) continue;
      ctx.report(ctx.where(*source, "host"), host->text).help("make the host a param set per environment");
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makePlaceholderHostRule() { return std::make_unique<PlaceholderHostRule>(); }

}  // namespace migc::policy
