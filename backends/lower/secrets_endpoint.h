// The Secrets Manager interface endpoint a network gets for its DMS
// pipelines (DMS 3.4.7 and later reads endpoint credentials from the
// replication subnets). It has private DNS, so every caller in the VPC
// reaches Secrets Manager through it: each pipeline's instance and the
// tasks of each service that reads secrets are admitted on 443.
#pragma once

#include <optional>
#include <string>

#include "lower/context.h"

namespace migc::lower {

// The endpoint of `network` when one of its pipelines makes it: with the
// `when` flag it exists under ("" = always: the pipelines' flags differ or
// one has none).
struct SecretsEndpoint {
  std::string condition;
};
std::optional<SecretsEndpoint> secretsManagerEndpoint(const Context& ctx, const ir::Object& network);

// Adds the endpoint and its group once per network (a pipeline's lowering
// calls it), under the condition above rather than the calling pipeline's.
void addSecretsManagerEndpoint(Context& ctx, const ir::Object& network);

// An ingress rule on the endpoint's group admitting `group` (a reference to
// a security group id of `owner`) on 443. The rule exists while the
// endpoint does, and while its owner does.
void admitToSecretsManager(Context& ctx, const ir::Object& owner, const ir::Object& network, std::string id,
                           PValue group, std::string description);

}  // namespace migc::lower
