// Customer-managed keys that every consumer can use, derived from the
// program: the user writes `key = data` on a topic or secret, never a key
// policy or a kms:Decrypt statement. Both provider shapes build the same
// documents from these functions; only the account id is spelt per shape.
//
// Two halves, because KMS authorises two kinds of caller differently:
//  * AWS service principals (CloudWatch alarms, EventBridge publishing to an
//    encrypted topic) act on no role of ours: only the key policy can admit
//    them, so the key policy gets one statement per such service.
//  * Our own roles (DMS secrets access, ECS execution, Lambda) are admitted by
//    the key policy's account statement and need an IAM statement of their
//    own: kms:Decrypt (etc.) on exactly the keys of the data they read, and
//    only through the service that holds the data (kms:ViaService).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "lowering/context.h"

namespace migc::lowering {

// The account id: Terraform/Pulumi read it from a caller-identity data
// source (added to the stack once), CloudFormation from AWS::AccountId.
model::PValue accountId(Context& ctx);

// One AWS service principal the key policy admits because of how the
// program uses the key.
struct KeyServiceGrant {
  std::string sid;                   // statement id, e.g. "AllowCloudWatchAlarms"
  std::string service;               // e.g. "cloudwatch.amazonaws.com"
  std::vector<std::string> actions;  // least privilege: what the service calls
  model::PValue condition;           // Null where AWS supports no condition
  std::vector<std::string> users;    // the objects that made it necessary (docs, tests)
};

// Alarms whose `notify` names one of `topics`, in program order, each once.
std::vector<const ir::Object*> alarmsNotifying(const Context& ctx, const std::vector<const ir::Object*>& topics);
// The condition that limits cloudwatch.amazonaws.com to `alarms` of this
// account: aws:SourceAccount and aws:SourceArn (ARNs spelt from the alarms'
// names, so a key or topic policy never depends on the alarms themselves).
model::PValue alarmSourceCondition(Context& ctx, std::vector<const ir::Object*> alarms);  // alarms in name order

// The service grants of `key`, in a fixed order (CloudWatch, EventBridge).
std::vector<KeyServiceGrant> keyServiceGrants(Context& ctx, const ir::Object& key);

// The key policy document: the account statement (IAM policies of the
// account decide, as in AWS's default key policy), then one statement per
// service grant.
model::PValue keyPolicy(Context& ctx, const ir::Object& key);

// The KMS actions a principal needs to perform `action` (an IAM action such
// as "secretsmanager:GetSecretValue") on `target`, and the service that
// calls KMS for it ("secretsmanager"); empty when the target is not under a
// customer-managed key or the action touches no encrypted data.
struct KeyUse {
  const ir::Object* key = nullptr;
  std::string via;                        // secretsmanager | ssm | sns
  std::vector<std::string> kms_actions;
};
KeyUse keyUseOf(const Context& ctx, const ir::Object& target, std::string_view action);

// IAM statements granting the KMS actions that `uses` (target, IAM action)
// need: one statement per (KMS actions, service, region), on the ARNs of the
// keys involved, conditioned on kms:ViaService. Empty when nothing is under a
// customer-managed key.
std::vector<model::PValue> keyUseStatements(Context& ctx,
                                            const std::vector<std::pair<const ir::Object*, std::string>>& uses);

}  // namespace migc::lowering
