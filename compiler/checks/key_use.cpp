// CHK-S6: a `key` encrypts what it is attached to. Parameter Store encrypts
// only SecureString parameters, so a key on a plain setting would encrypt
// nothing; the lowering has nowhere to put it, and dropping it silently
// would leave the value readable by anyone with ssm:GetParameter.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

class KeyUseCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-S6"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* o : ctx.objectsOf("setting")) {
      const ir::Object* key = ctx.referenced(*o, "key");
      const ir::Value* secure = o->field("secure");
      if (!key || (secure && secure->kind == ir::Value::Kind::Bool && secure->boolean)) continue;
      ctx.report(DiagKind::KeyOnPlainSetting, ctx.where(*o, "key"), o->name, key->name)
          .note(fmt::format("'{}' is declared here", key->name), key->name_range)
          .help("set `secure = true` to store it as a SecureString encrypted with the key, or remove `key`");
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeKeyUseCheck() { return std::make_unique<KeyUseCheck>(); }

}  // namespace migc::checks
