// MIG5016: every pipeline has an alarm on its replication lag.
#include "policy/rules/alarm_coverage.h"

namespace migc::policy {

std::unique_ptr<PolicyRule> makePipelineLagAlarmRule() {
  return std::make_unique<AlarmCoverageRule>(DiagKind::PipelineLagAlarm, std::vector<std::string_view>{"pipeline"},
                                             std::vector<std::string_view>{"target_lag", "source_lag"},
                                             "alarm {0}_lag {{ watch = {0}.target_lag; above = 300s; notify = ... }}");
}

}  // namespace migc::policy
