// MIG5039: S3 objects encrypted with a customer-managed key (SSE-KMS), not SSE-S3.
// A bucket that receives load balancer access logs is exempt: ELB delivers
// them only to SSE-S3 buckets (MIG2107 forbids the key there).
#include "policy/rules/kms_key_rule.h"

namespace migc::policy {

std::unique_ptr<PolicyRule> makeBucketKmsKeyRule() { return std::make_unique<KmsKeyRule>(DiagKind::BucketKmsKey, "bucket", "service", "access_logs"); }

}  // namespace migc::policy
