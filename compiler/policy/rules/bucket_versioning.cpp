// MIG5040: buckets keep object versions, so an overwrite or delete can be undone.
#include "policy/rules/bool_field_rule.h"

namespace migc::policy {

std::unique_ptr<PolicyRule> makeBucketVersioningRule() { return std::make_unique<BoolFieldRule>(DiagKind::BucketVersioning, "bucket", "versioning"); }

}  // namespace migc::policy
