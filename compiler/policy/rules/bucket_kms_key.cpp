// MIG5039: S3 objects encrypted with a customer-managed key (SSE-KMS), not SSE-S3.
#include "policy/rules/kms_key_rule.h"

namespace migc::policy {

std::unique_ptr<PolicyRule> makeBucketKmsKeyRule() { return std::make_unique<KmsKeyRule>(DiagKind::BucketKmsKey, "bucket"); }

}  // namespace migc::policy
