// MIG5010: customer-managed keys rotate yearly.
#include "policy/rule.h"

namespace migc::policy {
namespace {

class KeyRotationRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::KeyRotation; }
  void run(const RuleContext& ctx) const override {
    for (const ir::Object* key : ctx.objectsOf("key")) {
      const ir::Value* v = key->field("rotation");
      if (!v || v->kind != ir::Value::Kind::Bool || v->boolean) continue;
      SourceRange at = ctx.where(*key, "rotation");
      ctx.report(at, key->name).fix(at, "true").help("rotation = true (free for symmetric keys)");
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeKeyRotationRule() { return std::make_unique<KeyRotationRule>(); }

}  // namespace migc::policy
