#include "lower/key_policy.h"

#include <algorithm>

#include "lower/common.h"
#include "lower/events.h"
#include "lower/iam.h"

namespace migc::lower {
namespace {

// The customer-managed key of a secret, setting or topic, or null.
const ir::Object* keyOf(const Context& ctx, const ir::Object& target) {
  if (target.kind == "secret") return ctx.objectOrNull(fields::Secret(target).key());
  if (target.kind == "setting") return ctx.objectOrNull(fields::Setting(target).key());
  if (target.kind == "topic") return ctx.objectOrNull(fields::Topic(target).key());
  return nullptr;
}

void addOnce(std::vector<std::string>& list, const std::string& name) {
  if (std::find(list.begin(), list.end(), name) == list.end()) list.push_back(name);
}

}  // namespace

PValue accountId(Context& ctx) {
  if (ctx.once("caller_identity")) {
    // Account-wide and read-only: no condition, and not the region of the
    // object that happened to need it first.
    model::Resource& data = ctx.add("aws_caller_identity", "account", ctx.program().objects.front());
    data.tf_mode = "data";
    data.condition.clear();
    data.region.clear();
  }
  return PValue::refTo("account", "account_id");
}

PValue regionalArn(Context& ctx, std::string_view service, const std::string& region, PValue resource) {
  std::vector<PValue> parts{PValue::s("arn:" + Context::partitionOf(region) + ":" + std::string(service) + ":" + region + ":"),
                            accountId(ctx), PValue::s(":")};
  std::vector<PValue> rest;
  if (resource.kind == PValue::Kind::Concat) rest = std::move(resource.items);
  else rest.push_back(std::move(resource));
  for (PValue& part : rest) {
    // Adjacent text is one part, as a hand-written concatenation would have it.
    if (part.kind == PValue::Kind::String && parts.back().kind == PValue::Kind::String) parts.back().text += part.text;
    else parts.push_back(std::move(part));
  }
  return PValue::concat(std::move(parts));
}

std::vector<const ir::Object*> alarmsNotifying(Context& ctx, const std::vector<const ir::Object*>& topics) {
  std::vector<const ir::Object*> out;
  for (const ir::Object* topic : topics)
    for (const ir::Object* alarm : ctx.referrers(*topic, "alarm", "notify"))
      if (std::find(out.begin(), out.end(), alarm) == out.end()) out.push_back(alarm);
  std::sort(out.begin(), out.end());  // program order: objects live in one vector
  return out;
}

PValue alarmSourceCondition(Context& ctx, std::vector<const ir::Object*> alarms) {
  // A set to IAM: in name order, so reordering declarations changes no policy.
  std::sort(alarms.begin(), alarms.end(), [](const ir::Object* a, const ir::Object* b) { return a->name < b->name; });
  std::vector<PValue> arns;
  for (const ir::Object* alarm : alarms) {
    std::string region = ctx.regionOf(*alarm);
    arns.push_back(regionalArn(ctx, "cloudwatch", region, PValue::concat({PValue::s("alarm:"), ctx.name(*alarm, "alarm")})));
  }
  return PValue::object({{"StringEquals", PValue::object({{"aws:SourceAccount", accountId(ctx)}})},
                         {"ArnLike", PValue::object({{"aws:SourceArn", PValue::list(std::move(arns))}})}});
}

std::vector<KeyServiceGrant> keyServiceGrants(Context& ctx, const ir::Object& key) {
  std::vector<KeyServiceGrant> grants;
  std::vector<const ir::Object*> topics = ctx.referrers(key, "topic", "key");
  if (topics.empty()) return grants;

  // CloudWatch publishes alarm state changes to the topic as
  // cloudwatch.amazonaws.com; SNS then needs a data key for the message.
  // AWS documents aws:SourceAccount / aws:SourceArn for this grant: the
  // alarms' ARNs are spelt from their names (referring to the alarms would
  // make the key depend on the topic that depends on the key).
  if (std::vector<const ir::Object*> alarms = alarmsNotifying(ctx, topics); !alarms.empty()) {
    KeyServiceGrant g{"AllowCloudWatchAlarms", "cloudwatch.amazonaws.com", {"kms:Decrypt", "kms:GenerateDataKey*"},
                      alarmSourceCondition(ctx, alarms), {}};
    for (const ir::Object* alarm : alarms) g.users.push_back(alarm->name);
    grants.push_back(std::move(g));
  }

  // EventBridge delivering a rule's events to the topic. The SNS developer
  // guide states that aws:SourceAccount and aws:SourceArn are not supported in
  // the key policy for EventBridge-to-encrypted-topic delivery (the request
  // carries neither, so a condition would drop every event): the grant is
  // limited by its actions, and the topic policy (rule.cpp) limits who may
  // publish to the rules' ARNs.
  KeyServiceGrant events{"AllowEventBridgeRules", "events.amazonaws.com", {"kms:Decrypt", "kms:GenerateDataKey*"}, {}, {}};
  for (const ir::Object* topic : topics)
    for (const ir::Object* rule : ctx.referrers(*topic, "rule", "targets")) addOnce(events.users, rule->name);
  if (!events.users.empty()) grants.push_back(std::move(events));

  // DMS event subscriptions publish as dms.amazonaws.com (the SNS developer
  // guide's list of services that need the key of an encrypted topic). As
  // for EventBridge, no source condition is documented for this delivery.
  KeyServiceGrant dms{"AllowDmsEventSubscriptions", "dms.amazonaws.com", {"kms:Decrypt", "kms:GenerateDataKey*"}, {}, {}};
  for (const ir::Object* topic : topics)
    for (const ir::Object* pipeline : ctx.referrers(*topic, "pipeline", "events.topic")) addOnce(dms.users, pipeline->name);
  if (!dms.users.empty()) grants.push_back(std::move(dms));
  return grants;
}

PValue keyPolicy(Context& ctx, const ir::Object& key) {
  // As AWS's default key policy: the account's IAM policies decide who else
  // uses the key (our roles get their kms: statements from keyUseStatements).
  std::vector<PValue> statements = {PValue::object(
      {{"Sid", PValue::s("EnableIamPolicies")},
       {"Effect", PValue::s("Allow")},
       {"Principal",
        PValue::object({{"AWS", PValue::concat({PValue::s(arnPrefix(ctx) + "iam::"), accountId(ctx), PValue::s(":root")})}})},
       {"Action", PValue::s("kms:*")},
       {"Resource", PValue::s("*")}})};
  for (KeyServiceGrant& g : keyServiceGrants(ctx, key)) {
    model::Fields s = {{"Sid", PValue::s(g.sid)},
                       {"Effect", PValue::s("Allow")},
                       {"Principal", PValue::object({{"Service", PValue::s(g.service)}})},
                       {"Action", PValue::strings(g.actions)},
                       {"Resource", PValue::s("*")}};
    if (g.condition.kind != PValue::Kind::Null) s.emplace_back("Condition", std::move(g.condition));
    statements.push_back(PValue::object(std::move(s)));
  }
  return policyDocument(std::move(statements));
}

KeyUse keyUseOf(const Context& ctx, const ir::Object& target, std::string_view action) {
  KeyUse use;
  const ir::Object* key = keyOf(ctx, target);
  if (!key) return use;  // no key: an AWS-managed key (or none) that IAM alone governs
  size_t colon = action.find(':');
  std::string_view prefix = action.substr(0, colon == std::string_view::npos ? 0 : colon);
  std::string_view verb = colon == std::string_view::npos ? action : action.substr(colon + 1);
  auto starts = [&](std::string_view p) { return verb == "*" || verb.substr(0, p.size()) == p; };
  auto add = [&](const char* a) { use.kms_actions.push_back(a); };

  if (target.kind == "secret" && (prefix == "secretsmanager" || action == "*")) {
    // Reading decrypts the secret value; writing a new version encrypts it
    // under a fresh data key (Secrets Manager calls both on the caller's behalf).
    bool read = starts("GetSecretValue") || starts("BatchGetSecretValue");
    bool write = starts("PutSecretValue") || starts("UpdateSecret") || starts("RotateSecret");
    if (read || write) add("kms:Decrypt");
    if (write) add("kms:GenerateDataKey");
    use.via = "secretsmanager";
  } else if (target.kind == "setting" && fields::Setting(target).secure().constant() &&
             (prefix == "ssm" || action == "*")) {
    if (starts("GetParameter")) add("kms:Decrypt");
    // Standard parameters are encrypted directly, advanced ones under a data key.
    if (starts("PutParameter")) {
      const std::string& tier = fields::Setting(target).tier().word();
      if (tier != "advanced") add("kms:Encrypt");
      if (tier != "standard" && !tier.empty()) add("kms:GenerateDataKey");
    }
    use.via = "ssm";
  } else if (target.kind == "topic" && (prefix == "sns" || action == "*")) {
    // A publisher's message is encrypted under a data key SNS generates for it.
    if (starts("Publish")) {
      add("kms:Decrypt");
      add("kms:GenerateDataKey*");
    }
    use.via = "sns";
  }
  if (!use.kms_actions.empty()) use.key = key;
  return use;
}

namespace {

// A SecureString in another region (a service there reads it): its key's ARN
// would be another region's stack's value (a parameter to pass by hand in
// CloudFormation, MIG3021). Instead the role may use any key of that region
// and account, but only through SSM there and only for this parameter: SSM
// puts the parameter's ARN in the encryption context of every call it makes.
PValue crossRegionParameterKeyUse(Context& ctx, const ir::Object& setting, const KeyUse& use) {
  std::string region = ctx.regionOf(*use.key);
  PValue keys = regionalArn(ctx, "kms", region, PValue::s("key/*"));
  PValue s = statement(use.kms_actions, {std::move(keys)});
  s.fields.emplace_back(
      "Condition",
      PValue::object({{"StringEquals",
                       PValue::object({{"kms:ViaService", PValue::s(use.via + "." + region + ".amazonaws.com")},
                                       {"kms:EncryptionContext:PARAMETER_ARN", ctx.attribute(setting, "arn")}})}}));
  return s;
}

}  // namespace

std::vector<PValue> keyUseStatements(Context& ctx, const std::vector<std::pair<const ir::Object*, std::string>>& uses) {
  // Grouped by (KMS actions, service endpoint), in first-use order; keys once per group.
  struct Group {
    std::vector<std::string> actions;
    std::string via_service;
    std::vector<const ir::Object*> keys;
  };
  std::vector<Group> groups;
  std::vector<PValue> out;
  for (const auto& [target, action] : uses) {
    KeyUse use = keyUseOf(ctx, *target, action);
    if (!use.key) continue;
    if (target->kind == "setting" && ctx.regionOf(*use.key) != ctx.currentRegion()) {
      out.push_back(crossRegionParameterKeyUse(ctx, *target, use));
      continue;
    }
    std::string via = use.via + "." + ctx.regionOf(*use.key) + ".amazonaws.com";
    auto it = std::find_if(groups.begin(), groups.end(),
                           [&](const Group& g) { return g.actions == use.kms_actions && g.via_service == via; });
    if (it == groups.end()) it = groups.insert(groups.end(), Group{use.kms_actions, via, {}});
    if (std::find(it->keys.begin(), it->keys.end(), use.key) == it->keys.end()) it->keys.push_back(use.key);
  }
  for (Group& g : groups) {
    std::vector<PValue> arns;
    for (const ir::Object* key : g.keys) arns.push_back(ctx.attribute(*key, "arn"));
    PValue s = statement(g.actions, std::move(arns));
    s.fields.emplace_back("Condition",
                          PValue::object({{"StringEquals", PValue::object({{"kms:ViaService", PValue::s(g.via_service)}})}}));
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace migc::lower
