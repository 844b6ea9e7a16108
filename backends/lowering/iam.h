// IAM policy documents as both shapes need them (Terraform and Pulumi take
// them as JSON strings, CloudFormation as objects: the caller wraps).
#pragma once

#include <string>
#include <vector>

#include "model/resource.h"

namespace migc::lowering {

// Lets `service` (e.g. "dms.amazonaws.com") assume the role.
model::PValue assumeRolePolicy(std::string service);
// One Allow statement for `actions` on `resources`.
model::PValue allowPolicy(std::vector<std::string> actions, std::vector<model::PValue> resources);

}  // namespace migc::lowering
