// MIG5023: a cluster has readers in more than one zone, so it survives the
// loss of a zone (seed 000: readers in at least two AZs). Instances are
// spread over the network's zones in order, the writer first.
#include <algorithm>

#include "checks/check_util.h"
#include "policy/rule.h"

namespace migc::policy {
namespace {

class ClusterZonesRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::ClusterZones; }
  std::vector<RuleOption> options() const override {
    return {{"min_readers", RuleOption::Type::Integer, "1", "The fewest readers a cluster may have."},
            {"min_zones", RuleOption::Type::Integer, "2", "The fewest zones the cluster's instances may span."}};
  }
  void run(const RuleContext& ctx) const override {
    int64_t min_readers = ctx.integer("min_readers"), min_zones = ctx.integer("min_zones");
    for (const ir::Object* cluster : ctx.objectsOf("cluster")) {
      auto readers = checks::constNumber(cluster->field("readers"));
      auto writers = checks::constNumber(cluster->field("writers"));
      const ir::Object* network = ctx.referenced(*cluster, "network");
      if (!readers || !writers || !network) continue;
      auto zones_value = checks::constNumber(network->field("zones"));
      if (!zones_value) continue;
      int64_t zones = int64_t(*zones_value);
      int64_t instances = int64_t(*readers + *writers);
      int64_t spanned = std::min<int64_t>(instances, zones);
      if (*readers >= double(min_readers) && spanned >= min_zones) continue;
      auto b = ctx.report(ctx.where(*cluster, "readers"), cluster->name, instances, spanned, min_readers, min_zones);
      if (zones < min_zones) b.note("network " + network->name + " spans fewer zones", network->name_range);
      b.help("add readers (readers = 2 spreads three instances over three zones)");
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeClusterZonesRule() { return std::make_unique<ClusterZonesRule>(); }

}  // namespace migc::policy
