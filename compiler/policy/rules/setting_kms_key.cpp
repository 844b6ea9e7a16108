// MIG5047: a secure setting (an SSM SecureString) is encrypted with a
// customer-managed key, like secrets (MIG5008). Plain settings hold no
// secrets and need no key.
#include <fmt/format.h>

#include "policy/rule.h"

namespace migc::policy {
namespace {

class SettingKmsKeyRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::SettingKmsKey; }
  void run(const RuleContext& ctx) const override {
    auto keys = ctx.objectsOf("key");
    for (const ir::Object* o : ctx.objectsOf("setting")) {
      const ir::Value* secure = o->field("secure");
      if (!secure || secure->kind != ir::Value::Kind::Bool || !secure->boolean) continue;
      const ir::Value* key = o->field("key");
      if (ctx.referenced(*o, "key") || (key && key->kind != ir::Value::Kind::Null)) continue;
      ctx.report(o->name_range, o->name)
          .help(keys.empty() ? "declare a `key` and set key = <its name> here"
                             : fmt::format("set key = {} (or another key)", keys.front()->name));
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeSettingKmsKeyRule() { return std::make_unique<SettingKmsKeyRule>(); }

}  // namespace migc::policy
