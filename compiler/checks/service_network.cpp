// CHK-C5: an internet-facing ALB lives in public subnets (at least two, in
// distinct zones), so a service's network needs public_subnets = true. And
// Fargate tasks in private subnets need a way out to pull their image, ship
// logs and read secrets: a NAT gateway (`nat = single | per_zone`). The
// network's gateway endpoints (S3, DynamoDB) do not reach ECR, CloudWatch
// Logs or Secrets Manager, so without NAT the gap is reported rather than
// left to tasks that never start.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

bool hasNat(const ir::Object& network) {
  const std::string* nat = constText(network.field("nat"));
  return !nat || *nat != "none";  // a param decides at deploy time: not judged
}

class ServiceNetworkCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-C5"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* service : ctx.objectsOf("service")) {
      const ir::Object* network = ctx.referenced(*service, "network");
      if (!network) continue;
      const ir::Value* public_subnets = network->field("public_subnets");
      if (public_subnets && public_subnets->kind == ir::Value::Kind::Bool && !public_subnets->boolean) {
        SourceRange where = ctx.where(*network, "public_subnets");
        auto d = ctx.report(DiagKind::ServiceNeedsPublicSubnets, ctx.where(*service, "network"), service->name, network->name);
        if (isWritten(*network, "public_subnets"))
          d.note("public_subnets is set here", where).fix(where, "true");
        else
          d.note(fmt::format("network '{}' is declared here without public subnets", network->name), where);
        d.help("set public_subnets = true on the network: the load balancer goes there, the tasks stay private");
      }
      if (hasNat(*network)) continue;
      ctx.report(DiagKind::ServiceTasksWithoutEgress, ctx.where(*service, "network"), service->name, network->name)
          .note(fmt::format("network '{}' is declared here", network->name), ctx.where(*network, "cidr"))
          .help("give the network a NAT gateway (nat = single), or @allow(MIG2064, reason = \"...\") when the private "
                "subnets have a way out that this program does not declare");
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeServiceNetworkCheck() { return std::make_unique<ServiceNetworkCheck>(); }

}  // namespace migc::checks
