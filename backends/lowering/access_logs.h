// Load balancer access logs (a service's `access_logs = <bucket>`): where a
// service writes them and what the bucket's policy must admit. Both provider
// shapes use these, so the prefix and the grant cannot drift apart.
#pragma once

#include <string>
#include <vector>

#include "lowering/context.h"

namespace migc::lowering {

// The key prefix a service's load balancer writes under (ELB appends
// AWSLogs/<account>/elasticloadbalancing/...).
std::string accessLogPrefix(const ir::Object& service);

// The bucket-policy statement letting Elastic Load Balancing deliver the
// access logs of every service that names `bucket`; none when no service does.
std::vector<model::PValue> accessLogStatements(Context& ctx, const ir::Object& bucket, const model::PValue& arn);

}  // namespace migc::lowering
