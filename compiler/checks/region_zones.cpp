// CHK-NET1: a network spans no more availability zones than its region
// offers (stdlib/data/availability_zones.json): us-west-1 has two, and a
// third subnet fails first thing at deploy time. Each network is judged in
// its own region, so a multi-region program is checked per region.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {

class RegionZonesCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-NET1"; }

  void run(const CheckContext& ctx) const override {
    const ir::Program& p = ctx.program();
    for (const ir::Object* network : ctx.objectsOf("network")) {
      std::string_view region = network->region().empty() && !p.regions.empty() ? std::string_view(p.regions[0])
                                                                                : network->region();
      const std::vector<std::string>* zones = ctx.data().zonesOf(region);
      auto wanted = constNumber(network->field("zones"));
      if (!zones || !wanted || *wanted <= double(zones->size())) continue;
      SourceRange where = ctx.where(*network, "zones");
      auto d = ctx.report(DiagKind::TooManyZones, where, network->name, formatNumber(*wanted), region, zones->size());
      d.help(fmt::format("{} has {}; at most zones = {}", region, join(*zones), zones->size()));
      if (isWritten(*network, "zones")) d.fix(where, fmt::format("{}", zones->size()));
      else d.note(fmt::format("zones defaults to {}", formatNumber(*wanted)));
    }
  }
};

std::unique_ptr<DomainCheck> makeRegionZonesCheck() { return std::make_unique<RegionZonesCheck>(); }

}  // namespace migc::checks
