#include <cmath>

#include "cfn/kinds.h"
#include "lowering/events.h"
#include "lowering/iam.h"

namespace migc::cfn {
namespace {
// AWS Backup takes its tags as a map, not CloudFormation's usual list.
PValue tagMap(Context& ctx) {
  model::Fields fields;
  for (const auto& [k, v] : ctx.program().tags.entries) fields.emplace_back(k, ctx.value(v));
  return PValue::object(std::move(fields));
}
}  // namespace

// As the Terraform shape. CloudFormation cannot delete a vault that still
// holds recovery points (Terraform's force_destroy has no equivalent): the
// docs say to delete them first.
KindLowering backupKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    std::string vault_id = Context::id(o, "vault"), plan_id = Context::id(o, "plan"), role_id = Context::id(o, "role");
    model::Resource& vault = addStateful(ctx, "AWS::Backup::BackupVault", vault_id, o);
    vault.properties = {{"BackupVaultName", ctx.name(o, "vault")}};
    if (const ir::Object* key = ctx.objectOrNull(o.field("key")))
      vault.properties.emplace_back("EncryptionKeyArn", ctx.attribute(*key, "arn"));
    vault.properties.emplace_back("BackupVaultTags", tagMap(ctx));

    model::Fields lifecycle = {{"DeleteAfterDays", PValue::i(std::llround(lowering::seconds(o, "retention") / 86400))}};
    if (const ir::Value& cold = lowering::field(o, "cold_storage_after"); cold.kind == ir::Value::Kind::Quantity)
      lifecycle.emplace_back("MoveToColdStorageAfterDays", PValue::i(std::llround(cold.number / 86400)));
    model::Resource& plan = ctx.add("AWS::Backup::BackupPlan", plan_id, o);
    plan.properties = {
        {"BackupPlan",
         PValue::object({{"BackupPlanName", ctx.name(o, "plan")},
                         {"BackupPlanRule", PValue::list({PValue::object({{"RuleName", PValue::s(o.name)},
                                                                          {"TargetBackupVault", PValue::refTo(vault_id)},
                                                                          {"ScheduleExpression", PValue::s(lowering::text(o, "schedule"))},
                                                                          {"Lifecycle", PValue::object(std::move(lifecycle))}})})}})},
        {"BackupPlanTags", tagMap(ctx)}};

    model::Resource& role = ctx.add("AWS::IAM::Role", role_id, o);
    role.properties = {{"RoleName", ctx.name(o, "backup-role")},
                       {"AssumeRolePolicyDocument", lowering::assumeRolePolicy("backup.amazonaws.com")},
                       {"ManagedPolicyArns", PValue::list({PValue::s("arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup")})},
                       {"Tags", ctx.tags()}};

    model::Fields selection = {{"SelectionName", ctx.name(o, "selection")}, {"IamRoleArn", PValue::refTo(role_id, "Arn")}};
    std::vector<PValue> arns;
    for (const ir::Value& r : lowering::field(o, "resources").items) arns.push_back(lowering::arnOf(ctx, ctx.object(r)));
    if (!arns.empty()) selection.emplace_back("Resources", PValue::list(std::move(arns)));
    std::vector<PValue> tags;
    for (const auto& [key, value] : lowering::field(o, "select_tags").entries)
      tags.push_back(PValue::object({{"ConditionType", PValue::s("STRINGEQUALS")},
                                     {"ConditionKey", PValue::s(key)},
                                     {"ConditionValue", ctx.value(value)}}));
    if (!tags.empty()) selection.emplace_back("ListOfTags", PValue::list(std::move(tags)));
    model::Resource& sel = ctx.add("AWS::Backup::BackupSelection", Context::id(o, "selection"), o);
    sel.properties = {{"BackupPlanId", PValue::refTo(plan_id)}, {"BackupSelection", PValue::object(std::move(selection))}};
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    if (attr == "plan_id") return PValue::refTo(Context::id(o, "plan"));  // Ref of a plan is its id
    if (attr == "plan_arn") return PValue::refTo(Context::id(o, "plan"), "BackupPlanArn");
    if (attr == "vault_name") return PValue::refTo(Context::id(o, "vault"));  // Ref of a vault is its name
    return PValue::refTo(Context::id(o, "vault"), "BackupVaultArn");
  };
  return k;
}

}  // namespace migc::cfn
