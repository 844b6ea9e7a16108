// MIG5026: credentials DMS replicates with do not rotate during the
// migration (seed 000; CHK-S1).
#include "policy/rule.h"

namespace migc::policy {
namespace {

class RotationDuringMigrationRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::RotationDuringMigration; }
  void run(const RuleContext& ctx) const override {
    for (const ir::Object* secret : ctx.objectsOf("secret")) {
      const ir::Value* v = secret->field("rotation");
      if (!v || v->kind != ir::Value::Kind::Enum || v->text != "on") continue;
      // A source (it exists to be migrated) or a cluster a pipeline writes to.
      const ir::Object* user = nullptr;
      for (const ir::Object* source : ctx.referrers(*secret, "source", "credentials")) user = source;
      for (const ir::Object* cluster : ctx.referrers(*secret, "cluster", "credentials"))
        if (!ctx.referrers(*cluster, "pipeline", "to").empty()) user = cluster;
      if (!user) continue;
      SourceRange at = ctx.where(*secret, "rotation");
      ctx.report(at, secret->name, user->kind + " " + user->name)
          .fix(at, "off")
          .help("rotation = off until cutover is complete");
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeRotationDuringMigrationRule() { return std::make_unique<RotationDuringMigrationRule>(); }

}  // namespace migc::policy
