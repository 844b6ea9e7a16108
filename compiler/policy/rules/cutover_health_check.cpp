// MIG5048: a cutover side whose target Route 53 can probe has a health
// check, so a failing side stops receiving traffic without waiting for an
// operator to select the rollback phase. Only targets known to be public
// are judged: a service's load balancer (internet-facing). A cluster's
// endpoint is private (a health check on it is MIG2049) and a literal
// host name may be either, so neither is reported. The rollback phase
// itself is MIG2044.
#include <fmt/format.h>

#include "policy/rule.h"

namespace migc::policy {
namespace {

class CutoverHealthCheckRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::CutoverHealthCheck; }
  void run(const RuleContext& ctx) const override {
    const ir::Program& p = ctx.program();
    for (const ir::Object* o : ctx.objectsOf("cutover")) {
      for (std::string side : {"blue", "green"}) {
        const ir::Value* target = o->field(side + ".target");
        if (!target || target->kind != ir::Value::Kind::Attr || target->object >= p.objects.size()) continue;
        const ir::Object& host = p.objects[target->object];
        if (host.kind != "service") continue;
        const ir::Value* health = o->field(side + ".health");
        if (health && health->kind == ir::Value::Kind::Map) continue;
        ctx.report(ctx.where(*o, side + ".target"), o->name, side, fmt::format("{}.{}", host.name, target->text))
            .help(fmt::format("add `health {{ protocol = http; port = 80; path = \"/\" }}` to {} (the load balancer's "
                              "listener and the service's health_check path)",
                              side));
      }
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeCutoverHealthCheckRule() { return std::make_unique<CutoverHealthCheckRule>(); }

}  // namespace migc::policy
