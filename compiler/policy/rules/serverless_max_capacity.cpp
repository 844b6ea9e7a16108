// MIG5038: Serverless v2 cannot scale past what the project pays for.
#include "checks/check_util.h"
#include "policy/rule.h"

namespace migc::policy {
namespace {

class ServerlessMaxCapacityRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::ServerlessMaxCapacity; }
  std::vector<RuleOption> options() const override {
    return {{"max_acu", RuleOption::Type::Integer, "16", "The largest max_capacity accepted, in ACUs."}};
  }
  void run(const RuleContext& ctx) const override {
    int64_t max = ctx.integer("max_acu");
    for (const ir::Object* cluster : ctx.objectsOf("cluster")) {
      auto acu = checks::constNumber(cluster->field("serverless.max_capacity"));
      const ir::Value* block = cluster->field("serverless");
      if (!acu || !block || block->kind == ir::Value::Kind::Null || *acu <= double(max)) continue;
      ctx.report(ctx.where(*cluster, "serverless.max_capacity"), cluster->name, checks::formatNumber(*acu), max);
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeServerlessMaxCapacityRule() { return std::make_unique<ServerlessMaxCapacityRule>(); }

}  // namespace migc::policy
