// MIG5022: a cluster with readers has an alarm on their lag.
#include "policy/rules/alarm_coverage.h"

namespace migc::policy {

std::unique_ptr<PolicyRule> makeReplicaLagAlarmRule() {
  return std::make_unique<AlarmCoverageRule>(
      DiagKind::ReplicaLagAlarm, std::vector<std::string_view>{"cluster"}, std::vector<std::string_view>{"replica_lag"},
      "alarm {0}_replica_lag {{ watch = {0}.replica_lag; above = 2s; notify = ... }}", [](const ir::Object& cluster) {
        auto readers = checks::constNumber(cluster.field("readers"));
        return readers && *readers > 0;
      });
}

}  // namespace migc::policy
