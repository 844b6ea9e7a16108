// MIG5018: every cluster and database has an alarm on its connection count.
#include "policy/rules/alarm_coverage.h"

namespace migc::policy {

std::unique_ptr<PolicyRule> makeClusterConnectionsAlarmRule() {
  return std::make_unique<AlarmCoverageRule>(DiagKind::ClusterConnectionsAlarm, std::vector<std::string_view>{"cluster", "database"},
                                             std::vector<std::string_view>{"connections"},
                                             "alarm {0}_connections {{ watch = {0}.connections; above = 500; notify = ... }}");
}

}  // namespace migc::policy
