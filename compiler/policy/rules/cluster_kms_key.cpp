// MIG5006: Aurora storage encrypted with a customer-managed key.
#include "policy/rules/kms_key_rule.h"

namespace migc::policy {

std::unique_ptr<PolicyRule> makeClusterKmsKeyRule() { return std::make_unique<KmsKeyRule>(DiagKind::ClusterKmsKey, "cluster"); }

}  // namespace migc::policy
