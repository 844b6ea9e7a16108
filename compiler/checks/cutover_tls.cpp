// CHK-R4: RDS and Aurora certificates name the database endpoints, not the
// cutover's CNAME. A function, service or setting that reaches the
// database through the cutover record (`db.fqdn`) and verifies the server
// name (sslmode=verify-full, MySQL VERIFY_IDENTITY) fails the handshake as
// soon as traffic moves to the database side.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

using Kind = ir::Value::Kind;

bool verifiesName(const ir::Value& v) {
  if (v.kind == Kind::String)
    return v.text.find("verify-full") != std::string::npos || v.text.find("VERIFY_IDENTITY") != std::string::npos;
  for (const ir::Value& item : v.items)
    if (verifiesName(item)) return true;
  for (const auto& [k, item] : v.entries)
    if (verifiesName(item)) return true;
  return false;
}

// The cutover whose record `v` reads (`db.fqdn`) when one of its sides is a
// database endpoint, or null.
const ir::Object* cutoverName(const ir::Program& p, const ir::Value& v) {
  if (v.kind == Kind::Attr && v.object < p.objects.size() && v.text == "fqdn") {
    const ir::Object& cutover = p.objects[v.object];
    for (const char* side : {"green.target", "blue.target"}) {
      const ir::Value* t = cutover.field(side);
      if (t && t->kind == Kind::Attr && t->object < p.objects.size() &&
          (p.objects[t->object].kind == "cluster" || p.objects[t->object].kind == "database"))
        return &cutover;
    }
  }
  for (const ir::Value& item : v.items)
    if (const ir::Object* c = cutoverName(p, item)) return c;
  for (const auto& [k, item] : v.entries)
    if (const ir::Object* c = cutoverName(p, item)) return c;
  return nullptr;
}

class CutoverTlsCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-R4"; }

  void run(const CheckContext& ctx) const override {
    const ir::Program& p = ctx.program();
    for (const ir::Object* user : ctx.objectsOf({"function", "service", "setting"})) {
      const char* field = user->kind == "setting" ? "value" : "environment";
      const ir::Value* v = user->field(field);
      if (!v || !verifiesName(*v)) continue;
      const ir::Object* cutover = cutoverName(p, *v);
      if (!cutover) continue;
      ctx.report(DiagKind::VerifyFullThroughCutover, ctx.where(*user, field), fmt::format("{} {}", user->kind, user->name),
                 fmt::format("{}.fqdn", cutover->name))
          .note("the cutover record", cutover->name_range)
          .help("use sslmode=verify-ca (the certificate chain is still verified), or connect to the database's endpoint");
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeCutoverTlsCheck() { return std::make_unique<CutoverTlsCheck>(); }

}  // namespace migc::checks
