// CHK-R3: a cutover creates a public hosted zone; under a special-use
// domain nobody can delegate (RFC 2606's example.com/.net/.org, .example,
// .test, .invalid, .localhost; .local for mDNS, RFC 6762; home.arpa, RFC
// 8375; .internal, which ICANN keeps for private networks) it is created but
// never delegated, and clients resolving the cutover name find nothing. The
// zone is judged by its literal tail, so "x-${suffix}.example.com" is caught.
#include <fmt/format.h>

#include <cctype>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

// The reserved domain the name ends in, or "".
std::string_view reservedParent(std::string name) {
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  while (!name.empty() && name.back() == '.') name.pop_back();
  for (std::string_view domain :
       {"example.com", "example.net", "example.org", "example", "test", "invalid", "localhost", "local", "home.arpa",
        "internal"})
    if (name == domain || (name.size() > domain.size() && name.ends_with(domain) &&
                           name[name.size() - domain.size() - 1] == '.'))
      return domain;
  return {};
}

class CutoverZoneCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-R3"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* cutover : ctx.objectsOf("cutover")) {
      const ir::Value* zone = cutover->field("zone");
      if (!zone) continue;
      const ir::Value* tail = zone->kind == ir::Value::Kind::Concat && !zone->items.empty() ? &zone->items.back() : zone;
      if (tail->kind != ir::Value::Kind::String) continue;
      std::string_view parent = reservedParent(tail->text);
      if (parent.empty()) continue;
      ctx.report(DiagKind::PlaceholderCutoverZone, ctx.where(*cutover, "zone"), cutover->name, parent)
          .help("use a domain the organisation controls, and delegate the new zone to its name servers");
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeCutoverZoneCheck() { return std::make_unique<CutoverZoneCheck>(); }

}  // namespace migc::checks
