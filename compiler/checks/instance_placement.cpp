// CHK-A7: a cluster's writer and readers are spread over the network's
// zones, so readers (the failover targets) need a second zone; and an Aurora
// cluster has at most 16 instances. Today the schemas already bound zones
// (>= 2), writers (= 1) and readers (<= 15), so neither fires on a program
// sema accepted; the check keeps the rule next to the others for IR built
// by other means (components, tools) and for when those bounds move.
#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

constexpr double kMaxInstances = 16;

class InstancePlacementCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-A7"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* cluster : ctx.objectsOf("cluster")) {
      auto readers = constNumber(cluster->field("readers"));
      auto writers = constNumber(cluster->field("writers"));
      const ir::Object* network = ctx.referenced(*cluster, "network");
      auto zones = network ? constNumber(network->field("zones")) : std::nullopt;
      if (readers && zones && *readers >= 2 && *zones < 2)
        ctx.report(DiagKind::ReadersNeedTwoZones, ctx.where(*cluster, "readers"), formatNumber(*readers),
                   network->name, formatNumber(*zones))
            .note("the network's zones are set here", ctx.where(*network, "zones"));
      if (readers && writers && *readers + *writers > kMaxInstances)
        ctx.report(DiagKind::TooManyClusterInstances, ctx.where(*cluster, "readers"),
                   formatNumber(*readers + *writers));
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeInstancePlacementCheck() { return std::make_unique<InstancePlacementCheck>(); }

}  // namespace migc::checks
