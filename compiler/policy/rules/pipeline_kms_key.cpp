// MIG5007: DMS replication instance storage encrypted with a customer-managed key.
#include "policy/rules/kms_key_rule.h"

namespace migc::policy {

std::unique_ptr<PolicyRule> makePipelineKmsKeyRule() { return std::make_unique<KmsKeyRule>(DiagKind::PipelineKmsKey, "pipeline"); }

}  // namespace migc::policy
