// CHK-D17: a pipeline into RDS for Oracle is unencrypted. RDS for Oracle
// serves TLS only through an SSL option group, and DMS takes an Oracle
// endpoint's TLS only as verify-ca with an imported CA; migc creates neither,
// so the lowering sets the target endpoint's ssl_mode to none
// (dms_documents.cpp) and says so here instead of deploying it silently.
#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {

class OracleTargetTlsCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-D17"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* pipeline : ctx.objectsOf("pipeline")) {
      const ir::Object* target = ctx.referenced(*pipeline, "to");
      auto spec = target && target->kind == "database" ? engineOf(*target) : std::nullopt;
      if (!spec || engineFamily(spec->engine) != "oracle") continue;
      ctx.report(DiagKind::OracleTargetWithoutTls, ctx.where(*pipeline, "to"), pipeline->name, target->name)
          .help("suppress with the reason the VPC-internal hop is accepted (@allow(MIG2179, reason = \"...\")), or "
                "add an SSL option group to the instance and set the endpoint to verify-ca after deployment");
    }
  }
};

std::unique_ptr<DomainCheck> makeOracleTargetTlsCheck() { return std::make_unique<OracleTargetTlsCheck>(); }

}  // namespace migc::checks
