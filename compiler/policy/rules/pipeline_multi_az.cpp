// MIG5024: the replication instance keeps a standby in another zone.
#include "policy/rule.h"

namespace migc::policy {
namespace {

class PipelineMultiAzRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::PipelineMultiAz; }
  void run(const RuleContext& ctx) const override {
    for (const ir::Object* pipeline : ctx.objectsOf("pipeline")) {
      const ir::Value* v = pipeline->field("instance.multi_az");
      if (!v || v->kind != ir::Value::Kind::Bool || v->boolean) continue;
      SourceRange at = ctx.where(*pipeline, "instance.multi_az");
      auto b = ctx.report(at, pipeline->name);
      if (at.begin != ctx.where(*pipeline, "instance").begin || at.end != ctx.where(*pipeline, "instance").end) b.fix(at, "true");
      b.help("instance { multi_az = true ... }");
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makePipelineMultiAzRule() { return std::make_unique<PipelineMultiAzRule>(); }

}  // namespace migc::policy
