// CHK-K4: `rotation = on` would deploy a secret that never rotates: no
// target gets a rotation function or schedule from migc, and rotating the
// credentials DMS replicates with breaks the replication. An error
// (MIG2153) until migc sets rotation up.
#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {

class SecretRotationCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-K4"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* secret : ctx.objectsOf("secret")) {
      const std::string* rotation = constText(secret->field("rotation"));
      if (!rotation || *rotation != "on") continue;
      ctx.report(DiagKind::SecretRotationUnsupported, ctx.where(*secret, "rotation"), secret->name)
          .help("rotation = off; rotate after cutover with a Secrets Manager rotation function or RDS-managed "
                "master passwords");
    }
  }
};

std::unique_ptr<DomainCheck> makeSecretRotationCheck() { return std::make_unique<SecretRotationCheck>(); }

}  // namespace migc::checks
