// MIG5034: a homogeneous migration keeps the port clients connect to
// (seed 000: "maintain existing connection configurations"; CHK-A15).
#include "checks/check_util.h"
#include "policy/rule.h"

namespace migc::policy {
namespace {

// The engine's default port (stdlib/data/engine_facts.json), 0 when unknown.
int defaultPort(const checks::StdlibData& data, std::string_view engine) {
  const checks::EngineFacts* facts = data.engineFacts(engine);
  return facts ? facts->default_port : 0;
}

class SourcePortPreservedRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::SourcePortPreserved; }
  void run(const RuleContext& ctx) const override {
    for (const ir::Object* pipeline : ctx.objectsOf("pipeline")) {
      const ir::Object* source = ctx.referenced(*pipeline, "from");
      const ir::Object* cluster = ctx.referenced(*pipeline, "to");
      if (!source || !cluster) continue;
      auto source_engine = checks::engineOf(*source), target_engine = checks::engineOf(*cluster);
      if (!source_engine || !target_engine) continue;
      int family = defaultPort(ctx.data(), source_engine->engine);
      if (family == 0 || family != defaultPort(ctx.data(), target_engine->engine)) continue;  // another engine: other clients
      const ir::Value* sp = source->field("port");
      auto source_port = sp && sp->kind != ir::Value::Kind::Null ? checks::constNumber(sp) : std::optional<double>(family);
      auto target_port = checks::constNumber(cluster->field("port"));
      if (!source_port || !target_port || *source_port == *target_port) continue;
      ctx.report(ctx.where(*cluster, "port"), cluster->name, int64_t(*target_port), source->name, int64_t(*source_port))
          .note("the source's port", ctx.where(*source, "port"))
          .help("keep the port unless every client configuration changes at cutover anyway");
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeSourcePortPreservedRule() { return std::make_unique<SourcePortPreservedRule>(); }

}  // namespace migc::policy
