// Load balancer access logs (a service's `access_logs = <bucket>`): where a
// service writes them and what the bucket's policy must admit. The service
// and the bucket use these, so the prefix and the grant cannot drift apart.
#pragma once

#include <string>
#include <vector>

#include "lower/context.h"

namespace migc::lower {

// The key prefix a service's load balancer writes under (ELB appends
// AWSLogs/<account>/elasticloadbalancing/...).
std::string accessLogPrefix(const ir::Object& service);

// The bucket-policy statement letting Elastic Load Balancing deliver the
// access logs of every service that names `bucket`; none when no service does.
std::vector<PValue> accessLogStatements(Context& ctx, const ir::Object& bucket, const PValue& arn);

}  // namespace migc::lower
