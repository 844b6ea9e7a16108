// MIG5027: a source's credentials are the existing database's, so they
// cannot be generated.
#include "policy/rule.h"

namespace migc::policy {
namespace {

class SourceSecretGeneratedRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::SourceSecretGenerated; }
  void run(const RuleContext& ctx) const override {
    for (const ir::Object* source : ctx.objectsOf("source")) {
      const ir::Object* secret = ctx.referenced(*source, "credentials");
      if (!secret) continue;
      const ir::Value* v = secret->field("generate");
      if (!v || v->kind != ir::Value::Kind::Bool || !v->boolean) continue;
      ctx.report(ctx.where(*source, "credentials"), secret->name, source->name)
          .note("the secret is declared here", secret->name_range)
          .help("set generate = false on the secret and store the existing password in it out of band");
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeSourceSecretGeneratedRule() { return std::make_unique<SourceSecretGeneratedRule>(); }

}  // namespace migc::policy
