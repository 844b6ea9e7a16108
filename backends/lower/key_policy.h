// Customer-managed keys that every consumer can use, derived from the
// program: the user writes `key = data` on a topic or secret, never a key
// policy or a kms:Decrypt statement.
//
// Two halves, because KMS authorises two kinds of caller differently:
//  * AWS service principals (CloudWatch alarms, EventBridge and DMS
//    publishing to an encrypted topic) act on no role of ours: only the key
//    policy can admit them, so it gets one statement per such service.
//  * Our own roles (DMS secrets access, ECS execution, Lambda) are admitted by
//    the key policy's account statement and need an IAM statement of their
//    own: kms:Decrypt (etc.) on exactly the keys of the data they read, and
//    only through the service that holds the data (kms:ViaService).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "lower/context.h"

namespace migc::lower {

// The account id, read at deploy time: a caller-identity data source in
// Terraform and Pulumi, AWS::AccountId in CloudFormation (its names table
// maps the data source's attribute to the pseudo parameter).
PValue accountId(Context& ctx);
// An ARN of this account in `region`: "arn:<partition>:<service>:<region>:<account>:"
// followed by `resource` (a string or a concatenation, spliced in).
PValue regionalArn(Context& ctx, std::string_view service, const std::string& region, PValue resource);

// One AWS service principal the key policy admits because of how the
// program uses the key.
struct KeyServiceGrant {
  std::string sid;                   // statement id, e.g. "AllowCloudWatchAlarms"
  std::string service;               // e.g. "cloudwatch.amazonaws.com"
  std::vector<std::string> actions;  // least privilege: what the service calls
  PValue condition;                  // Null where AWS supports no condition
  std::vector<std::string> users;    // the objects that made it necessary (docs, tests)
};

// Alarms whose `notify` names one of `topics`, in program order, each once.
std::vector<const ir::Object*> alarmsNotifying(Context& ctx, const std::vector<const ir::Object*>& topics);
// The condition that limits cloudwatch.amazonaws.com to `alarms` of this
// account: aws:SourceAccount and aws:SourceArn (ARNs spelt from the alarms'
// names, so a key or topic policy never depends on the alarms themselves).
PValue alarmSourceCondition(Context& ctx, std::vector<const ir::Object*> alarms);  // alarms in name order

// The service grants of `key`, in a fixed order (CloudWatch, EventBridge, DMS).
std::vector<KeyServiceGrant> keyServiceGrants(Context& ctx, const ir::Object& key);

// The key policy document: the account statement (IAM policies of the
// account decide, as in AWS's default key policy), then one statement per
// service grant.
PValue keyPolicy(Context& ctx, const ir::Object& key);

// The KMS actions a principal needs to perform `action` (an IAM action such
// as "secretsmanager:GetSecretValue") on `target`, and the service that
// calls KMS for it; no key when the target is not under a customer-managed
// key or the action touches no encrypted data.
struct KeyUse {
  const ir::Object* key = nullptr;
  std::string via;  // secretsmanager | ssm | sns
  std::vector<std::string> kms_actions;
};
KeyUse keyUseOf(const Context& ctx, const ir::Object& target, std::string_view action);

// IAM statements granting the KMS actions that `uses` (target, IAM action)
// need: one statement per (KMS actions, service, region), on the ARNs of the
// keys involved, conditioned on kms:ViaService.
std::vector<PValue> keyUseStatements(Context& ctx, const std::vector<std::pair<const ir::Object*, std::string>>& uses);

}  // namespace migc::lower
