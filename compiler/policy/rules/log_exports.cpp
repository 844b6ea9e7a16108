// MIG5013: database logs are exported to CloudWatch Logs.
#include "policy/rule.h"

namespace migc::policy {
namespace {

class LogExportsRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::LogExports; }
  void run(const RuleContext& ctx) const override {
    for (const ir::Object* cluster : ctx.objectsOf("cluster")) {
      const ir::Value* v = cluster->field("log_exports");
      if (!v || v->kind != ir::Value::Kind::List || !v->items.empty()) continue;
      SourceRange at = ctx.where(*cluster, "log_exports");
      ctx.report(at, cluster->name).fix(at, "[\"postgresql\"]").help("log_exports = [\"postgresql\"]");
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeLogExportsRule() { return std::make_unique<LogExportsRule>(); }

}  // namespace migc::policy
