// MIG5017: every cluster and database has a CPU alarm.
#include "policy/rules/alarm_coverage.h"

namespace migc::policy {

std::unique_ptr<PolicyRule> makeClusterCpuAlarmRule() {
  return std::make_unique<AlarmCoverageRule>(DiagKind::ClusterCpuAlarm, std::vector<std::string_view>{"cluster", "database"}, std::vector<std::string_view>{"cpu"},
                                             "alarm {0}_cpu {{ watch = {0}.cpu; above = 80%; notify = ... }}");
}

}  // namespace migc::policy
