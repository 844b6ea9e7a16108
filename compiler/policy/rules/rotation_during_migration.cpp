// MIG5026: credentials DMS replicates with do not rotate during the
// migration (seed 000; CHK-S1).
#include <map>

#include "policy/rule.h"

namespace migc::policy {
namespace {

class RotationDuringMigrationRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::RotationDuringMigration; }
  void run(const RuleContext& ctx) const override {
    // Who replicates with each secret: a source (it exists to be migrated)
    // or a cluster a pipeline writes to. One pass over each kind.
    std::map<const ir::Object*, const ir::Object*> user;
    for (const ir::Object* source : ctx.objectsOf("source"))
      if (const ir::Object* secret = ctx.referenced(*source, "credentials")) user.emplace(secret, source);
    for (const ir::Object* pipeline : ctx.objectsOf("pipeline"))
      if (const ir::Object* cluster = ctx.referenced(*pipeline, "to"))
        if (const ir::Object* secret = ctx.referenced(*cluster, "credentials")) user.emplace(secret, cluster);
    for (const ir::Object* secret : ctx.objectsOf("secret")) {
      const ir::Value* v = secret->field("rotation");
      if (!v || v->kind != ir::Value::Kind::Enum || v->text != "on") continue;
      auto it = user.find(secret);
      if (it == user.end()) continue;
      SourceRange at = ctx.where(*secret, "rotation");
      ctx.report(at, secret->name, it->second->kind + " " + it->second->name)
          .fix(at, "off")
          .help("rotation = off until cutover is complete");
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeRotationDuringMigrationRule() { return std::make_unique<RotationDuringMigrationRule>(); }

}  // namespace migc::policy
