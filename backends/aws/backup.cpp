#include <cmath>

#include "aws/kinds.h"
#include "lowering/events.h"
#include "lowering/iam.h"

namespace migc::aws {

// A vault (encrypted with the key; force_destroy so the stack is
// destroyable with recovery points in it), a one-rule plan, the service role
// with the AWS managed backup policy, and a selection by resources and/or tags.
KindLowering backupKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    std::string vault_id = Context::id(o, "vault"), plan_id = Context::id(o, "plan"), role_id = Context::id(o, "role");
    model::Resource& vault = ctx.add("aws_backup_vault", vault_id, o);
    vault.properties = {{"name", ctx.name(o, "vault")}};
    if (const ir::Object* key = ctx.objectOrNull(o.field("key")))
      vault.properties.emplace_back("kms_key_arn", ctx.attribute(*key, "arn"));
    vault.properties.emplace_back("force_destroy", PValue::b(true));
    vault.properties.emplace_back("tags", ctx.tags());

    model::Fields lifecycle = {
        {"delete_after", PValue::i(std::llround(lowering::seconds(o, "retention") / 86400))}};
    if (const ir::Value& cold = lowering::field(o, "cold_storage_after"); cold.kind == ir::Value::Kind::Quantity)
      lifecycle.emplace_back("cold_storage_after", PValue::i(std::llround(cold.number / 86400)));
    model::Resource& plan = ctx.add("aws_backup_plan", plan_id, o);
    plan.properties = {{"name", ctx.name(o, "plan")},
                       {"rule", PValue::block({{"rule_name", PValue::s(o.name)},
                                               {"target_vault_name", PValue::refTo(vault_id, "name")},
                                               {"schedule", PValue::s(lowering::text(o, "schedule"))},
                                               {"lifecycle", PValue::block(std::move(lifecycle))}})},
                       {"tags", ctx.tags()}};

    model::Resource& role = ctx.add("aws_iam_role", role_id, o);
    role.properties = {{"name", ctx.name(o, "backup-role")},
                       {"assume_role_policy", PValue::json(lowering::assumeRolePolicy("backup.amazonaws.com"))},
                       {"tags", ctx.tags()}};
    model::Resource& attach = ctx.add("aws_iam_role_policy_attachment", Context::id(o, "role_backup"), o);
    attach.properties = {{"role", PValue::refTo(role_id, "name")},
                         {"policy_arn", PValue::s("arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup")}};

    model::Resource& sel = ctx.add("aws_backup_selection", Context::id(o, "selection"), o);
    sel.properties = {{"name", ctx.name(o, "selection")},
                      {"plan_id", PValue::refTo(plan_id, "id")},
                      {"iam_role_arn", PValue::refTo(role_id, "arn")}};
    std::vector<PValue> arns;
    for (const ir::Value& r : lowering::field(o, "resources").items) arns.push_back(lowering::arnOf(ctx, ctx.object(r)));
    if (!arns.empty()) sel.properties.emplace_back("resources", PValue::list(std::move(arns)));
    for (const auto& [key, value] : lowering::field(o, "select_tags").entries)
      sel.properties.emplace_back("selection_tag", PValue::block({{"type", PValue::s("STRINGEQUALS")},
                                                                  {"key", PValue::s(key)},
                                                                  {"value", ctx.value(value)}}));
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    if (attr == "plan_id") return PValue::refTo(Context::id(o, "plan"), "id");
    if (attr == "plan_arn") return PValue::refTo(Context::id(o, "plan"), "arn");
    if (attr == "vault_name") return PValue::refTo(Context::id(o, "vault"), "name");
    return PValue::refTo(Context::id(o, "vault"), "arn");
  };
  return k;
}

}  // namespace migc::aws
