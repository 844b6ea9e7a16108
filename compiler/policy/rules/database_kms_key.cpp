// MIG5050: an RDS DB instance encrypted with a customer-managed key (MIG5006 covers clusters).
#include "policy/rules/kms_key_rule.h"

namespace migc::policy {

std::unique_ptr<PolicyRule> makeDatabaseKmsKeyRule() { return std::make_unique<KmsKeyRule>(DiagKind::DatabaseKmsKey, "database"); }

}  // namespace migc::policy
