// IAM policy documents as both shapes need them (Terraform and Pulumi take
// them as JSON strings, CloudFormation as objects: the caller wraps).
#pragma once

#include <string>
#include <vector>

#include "lowering/context.h"
#include "model/resource.h"

namespace migc::lowering {

// Lets `service` (e.g. "dms.amazonaws.com") assume the role.
model::PValue assumeRolePolicy(std::string service);
// One Allow statement for `actions` on `resources`.
model::PValue allowPolicy(std::vector<std::string> actions, std::vector<model::PValue> resources);
// `actions` on `secrets`, plus the KMS actions (kms:Decrypt through Secrets
// Manager) on the keys of those under a customer-managed key: a role that
// reads a secret can then decrypt it, and nothing else.
model::PValue secretAccessPolicy(Context& ctx, std::vector<std::string> actions,
                                 const std::vector<const ir::Object*>& secrets);

}  // namespace migc::lowering
