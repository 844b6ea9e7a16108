// MIG5008: secrets encrypted with a customer-managed key.
#include "policy/rules/kms_key_rule.h"

namespace migc::policy {

std::unique_ptr<PolicyRule> makeSecretKmsKeyRule() { return std::make_unique<KmsKeyRule>(DiagKind::SecretKmsKey, "secret"); }

}  // namespace migc::policy
