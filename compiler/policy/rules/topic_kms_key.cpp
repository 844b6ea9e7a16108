// MIG5009: SNS topics encrypted at rest with a customer-managed key.
#include "policy/rules/kms_key_rule.h"

namespace migc::policy {

std::unique_ptr<PolicyRule> makeTopicKmsKeyRule() { return std::make_unique<KmsKeyRule>(DiagKind::TopicKmsKey, "topic"); }

}  // namespace migc::policy
