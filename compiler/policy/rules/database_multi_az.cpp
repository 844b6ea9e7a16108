// MIG5049: an RDS DB instance keeps a synchronous standby in a second zone.
#include "policy/rules/bool_field_rule.h"

namespace migc::policy {

std::unique_ptr<PolicyRule> makeDatabaseMultiAzRule() { return std::make_unique<BoolFieldRule>(DiagKind::DatabaseMultiAz, "database", "multi_az"); }

}  // namespace migc::policy
