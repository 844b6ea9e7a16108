// MIG5042: DynamoDB tables encrypted with a customer-managed key, not the AWS owned key.
#include "policy/rules/kms_key_rule.h"

namespace migc::policy {

std::unique_ptr<PolicyRule> makeTableKmsKeyRule() { return std::make_unique<KmsKeyRule>(DiagKind::TableKmsKey, "table"); }

}  // namespace migc::policy
