// DMS → target: one VPC, an egress rule from the replication instance's
// group to the target's on the target's port, and the target's group
// admitting the instance's. The lowering writes both (pipeline.cpp, rds.cpp),
// so a miss here is a lowering defect the analysis keeps from shipping.
#include <fmt/format.h>

#include "reach/paths.h"

namespace migc::reach {

void checkDmsTarget(const Analysis& a) {
  for (const ir::Object* p : a.objectsOf("pipeline")) {
    const ir::Object* target = a.object(p->field("to"));
    std::optional<Workload> dms = a.dmsInstance(*p);
    if (!target || !dms) continue;
    std::vector<std::string> groups = a.databaseGroups(*target);
    if (groups.empty()) continue;
    std::optional<int64_t> port = a.databasePort(*target);
    std::string port_text = port ? fmt::format(" on port {}", *port) : "";
    std::string vpc = a.graph.vpcOfGroup(groups.front());
    std::string missing;
    if (vpc != dms->vpc)
      missing = fmt::format("the replication instance is in network {}, the {} in network {}", a.networkOf(dms->vpc),
                            target->kind, a.networkOf(vpc));
    else if (!a.graph.egress(*dms, Peer{groups.front(), std::nullopt}, port))
      missing = fmt::format("security group {} has no egress rule to {}{}", dms->groups.front(), groups.front(), port_text);
    else if (!a.graph.ingress(groups.front(), *dms, port, dms->condition))
      missing = fmt::format("security group {} has no ingress rule from {}{}", groups.front(), dms->groups.front(), port_text);
    if (missing.empty()) continue;
    a.diags.report(DiagKind::DmsTargetUnreachable, p->rangeOf("to"), p->name, target->kind, target->name, missing)
        .help("this is a lowering defect: please report it with the program");
  }
}

}  // namespace migc::reach
