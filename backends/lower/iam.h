// IAM policy documents. The model holds each as an object wrapped in
// PValue::json: Terraform and Pulumi take JSON text, CloudFormation the
// object itself (Convert::Json in its names table).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "lower/context.h"

namespace migc::lower {

// {Version, Statement: [...]}.
PValue policyDocument(std::vector<PValue> statements);
// One Allow statement for `actions` on `resources`.
PValue statement(std::vector<std::string> actions, std::vector<PValue> resources);
// Lets `service` (e.g. "dms.amazonaws.com") assume the role.
PValue assumeRolePolicy(std::string service);
// `actions` on `objects` (secrets, settings), plus the KMS actions
// (kms:Decrypt through Secrets Manager or SSM) on the keys of those under a
// customer-managed key: a role that reads a secret or a SecureString can
// then decrypt it, and nothing else.
PValue accessPolicy(Context& ctx, std::vector<std::string> actions, const std::vector<const ir::Object*>& objects);
// A role that `service` assumes, named from the naming pattern, with the
// migration's tags; `id` is the resource's logical id.
model::Resource& serviceRole(Context& ctx, const ir::Object& o, std::string id, PValue name, std::string service);
// Attaches the AWS managed policy `policy` ("service-role/AWSBackup...")
// of the object's partition to the role `role_id`.
model::Resource& attachManagedPolicy(Context& ctx, const ir::Object& o, const std::string& role_id, std::string attachment_id,
                         std::string_view policy);
// An inline policy of the role `role_id`.
model::Resource& rolePolicy(Context& ctx, const ir::Object& o, const std::string& role_id, std::string policy_id,
                            PValue name, PValue document);

}  // namespace migc::lower
