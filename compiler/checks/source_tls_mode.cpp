// CHK-D5: the source's TLS mode becomes the DMS endpoint's SslMode. Oracle
// endpoints support only none and verify-ca ([doc], enums.json notes), and
// the verifying modes need a CA certificate imported into DMS, which migc
// cannot declare yet: say so rather than emit an endpoint that cannot
// connect.
#include <algorithm>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

class SourceTlsModeCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-D5"; }

  void run(const CheckContext& ctx) const override {
    const std::vector<std::string>& modes = ctx.data().dms_ssl_modes;
    for (const ir::Object* source : ctx.objectsOf("source")) {
      const std::string* tls = constText(source->field("tls"));
      auto spec = engineOf(*source);
      if (!tls || !spec) continue;
      std::string mode = *tls;  // the schema's verify_ca is DMS's verify-ca
      std::replace(mode.begin(), mode.end(), '_', '-');
      if (std::find(modes.begin(), modes.end(), mode) == modes.end()) continue;  // the schema and table disagree
      SourceRange where = ctx.where(*source, "tls");
      if (spec->engine.starts_with("oracle") && mode != "none" && mode != "verify-ca") {
        ctx.report(DiagKind::OracleTlsMode, where, *tls)
            .fix(where, "verify_ca")
            .note("the source is an Oracle database", ctx.where(*source, "engine"));
        continue;
      }
      if (mode == "verify-ca" || mode == "verify-full")
        ctx.report(DiagKind::TlsCertificateUnsupported, where, *tls)
            .help("attach the CA certificate to the DMS endpoint after deployment, or use tls = require "
                  "(encrypted, not verified) until migc can declare it");
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeSourceTlsModeCheck() { return std::make_unique<SourceTlsModeCheck>(); }

}  // namespace migc::checks
