// MIG5043: an AWS Backup vault encrypts recovery points with a customer-managed key.
#include "policy/rules/kms_key_rule.h"

namespace migc::policy {

std::unique_ptr<PolicyRule> makeBackupVaultKmsKeyRule() { return std::make_unique<KmsKeyRule>(DiagKind::BackupVaultKmsKey, "backup"); }

}  // namespace migc::policy
