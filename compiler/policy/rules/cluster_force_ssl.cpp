// MIG5011: PostgreSQL clusters refuse unencrypted connections (seed
// CHK-A16: rds.force_ssl = 1 in the cluster parameter group).
#include "checks/check_util.h"
#include "policy/rule.h"

namespace migc::policy {
namespace {

class ClusterForceSslRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::ClusterForceSsl; }
  void run(const RuleContext& ctx) const override {
    for (const ir::Object* cluster : ctx.objectsOf("cluster")) {
      auto engine = checks::engineOf(*cluster);
      if (!engine || engine->engine.find("postgres") == std::string::npos) continue;
      const ir::Value* params = cluster->field("parameters");
      const ir::Value* v = params ? params->get("rds.force_ssl") : nullptr;
      if (v && !v->isConstant()) continue;
      auto n = checks::constNumber(v);
      const std::string* t = checks::constText(v);
      if ((n && *n == 1) || (t && *t == "1")) continue;
      SourceRange at = v && v->range.file.valid() ? v->range : ctx.where(*cluster, "parameters");
      auto b = ctx.report(at, cluster->name);
      if (v && v->range.file.valid()) b.fix(v->range, "1");
      else ctx.addToMap(b, params, "\"rds.force_ssl\" = 1");
      b.help("set parameters = { \"rds.force_ssl\" = 1, ... }");
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeClusterForceSslRule() { return std::make_unique<ClusterForceSslRule>(); }

}  // namespace migc::policy
