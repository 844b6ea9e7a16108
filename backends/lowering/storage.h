// Bucket and dashboard facts both shapes agree on: the bucket policy
// document, the lifecycle rule's numbers in days, the S3 storage-class
// spelling, and the CloudWatch dashboard body (a JSON document both shapes
// embed as a string).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lowering/context.h"

namespace migc::lowering {

// Deny every request that is not over TLS; allow the declared readers and
// writers. `arn` is the bucket's ARN in the caller's shape.
model::PValue bucketPolicy(Context& ctx, const ir::Object& bucket, const model::PValue& arn);

struct LifecycleFacts {
  struct Transition {
    int64_t days;
    std::string storage_class;  // STANDARD_IA, GLACIER, ...
  };
  std::vector<Transition> transitions;  // in the order written (checked ascending)
  std::optional<int64_t> expire_days, noncurrent_expire_days, abort_days;
};
// Empty when the bucket has no lifecycle block.
std::optional<LifecycleFacts> lifecycleFacts(const ir::Object& bucket);

// The dashboard body: widgets placed left to right in rows of 24 columns,
// metrics as CloudWatch's flat arrays [namespace, metric, dim, value, ...,
// {options}] (CHK-M6).
model::PValue dashboardBody(Context& ctx, const ir::Object& dashboard);

}  // namespace migc::lowering
