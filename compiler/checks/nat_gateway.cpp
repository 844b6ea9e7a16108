// Per-region networking (seed 002 items 49-52): a NAT gateway lives in a
// public subnet, so `nat` needs public_subnets; per_zone multiplies the
// hourly NAT cost by the zone count, which is reported as a note.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

class NatGatewayCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-NAT"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* network : ctx.objectsOf("network")) {
      const std::string* nat = constText(network->field("nat"));
      if (!nat || *nat == "none") continue;
      const ir::Value* pub = network->field("public_subnets");
      if (pub && pub->kind == ir::Value::Kind::Bool && !pub->boolean) {
        ctx.report(DiagKind::NatNeedsPublicSubnets, ctx.where(*network, "nat"), *nat, network->name)
            .help("add `public_subnets = true` (the NAT gateway and its internet gateway live there)");
        continue;
      }
      auto zones = constNumber(network->field("zones"));
      if (*nat == "per_zone" && zones)
        ctx.report(DiagKind::NatPerZoneCost, ctx.where(*network, "nat"), formatNumber(*zones), network->name)
            .help("nat = single keeps one gateway for the network (the cost-optimised choice)");
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeNatGatewayCheck() { return std::make_unique<NatGatewayCheck>(); }

}  // namespace migc::checks
