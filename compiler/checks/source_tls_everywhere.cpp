// CHK-A16 ("SSL for all connections"): a cluster can force TLS for its own
// clients (rds.force_ssl = 1), but the DMS leg from the source is configured
// on the source. tls = none there sends every replicated row in clear text,
// which is allowed but rarely meant: a warning with the fix.
#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

class SourceTlsEverywhereCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-A16"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* source : ctx.objectsOf("source")) {
      const std::string* tls = constText(source->field("tls"));
      if (!tls || *tls != "none") continue;
      auto spec = engineOf(*source);
      // Oracle endpoints cannot `require` (CHK-D5): their one TLS mode is verify_ca.
      bool oracle = spec && spec->engine.starts_with("oracle");
      SourceRange where = ctx.where(*source, "tls");
      ctx.report(DiagKind::UnencryptedSourceConnection, where, source->name)
          .fix(where, oracle ? "verify_ca" : "require")
          .help(oracle ? "use tls = verify_ca (Oracle endpoints support only none and verify_ca)"
                       : "use tls = require");
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeSourceTlsEverywhereCheck() { return std::make_unique<SourceTlsEverywhereCheck>(); }

}  // namespace migc::checks
