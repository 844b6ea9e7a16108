// MIG5041: DynamoDB tables keep continuous backups (35 days of point-in-time restore).
#include "policy/rules/bool_field_rule.h"

namespace migc::policy {

std::unique_ptr<PolicyRule> makeTablePointInTimeRecoveryRule() { return std::make_unique<BoolFieldRule>(DiagKind::TablePointInTimeRecovery, "table", "point_in_time_recovery"); }

}  // namespace migc::policy
