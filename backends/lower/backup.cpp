// AWS Backup: a vault (encrypted with the key; force_destroy so the stack
// is destroyable with recovery points in it), a one-rule plan, the service
// role with the AWS managed backup policy, and a selection by resources
// and/or tags.
#include "lower/events.h"
#include "lower/iam.h"
#include "lower/registry.h"

namespace migc::lower {

template <>
KindLowering lowering<kind::backup>() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    fields::Backup b(o);
    std::string vault_id = Context::id(o, "vault"), plan_id = Context::id(o, "plan"), role_id = Context::id(o, "role");
    model::Resource& vault = ctx.add("aws_backup_vault", vault_id, o);
    vault.properties = {{"name", ctx.name(o, "vault")}};
    if (const ir::Object* key = ctx.objectOrNull(b.key())) vault.properties.emplace_back("kms_key_arn", ctx.attribute(*key, "arn"));
    vault.properties.emplace_back("force_destroy", PValue::b(true));
    vault.properties.emplace_back("tags", ctx.tags());

    model::Fields lifecycle = {{"delete_after", PValue::i(b.retention().days())}};
    if (b.cold_storage_after().present()) lifecycle.emplace_back("cold_storage_after", PValue::i(b.cold_storage_after().days()));
    ctx.add("aws_backup_plan", plan_id, o).properties = {
        {"name", ctx.name(o, "plan")},
        {"rule", PValue::block({{"rule_name", PValue::s(o.name)},
                                {"target_vault_name", PValue::refTo(vault_id, "name")},
                                {"schedule", ctx.value(b.schedule())},
                                {"lifecycle", PValue::block(std::move(lifecycle))}})},
        {"tags", ctx.tags()}};

    serviceRole(ctx, o, role_id, ctx.name(o, "backup-role"), "backup.amazonaws.com");
    attachManagedPolicy(ctx, o, role_id, Context::id(o, "role_backup"), "service-role/AWSBackupServiceRolePolicyForBackup");

    model::Resource& sel = ctx.add("aws_backup_selection", Context::id(o, "selection"), o);
    sel.properties = {{"name", ctx.name(o, "selection")},
                      {"plan_id", PValue::refTo(plan_id, "id")},
                      {"iam_role_arn", PValue::refTo(role_id, "arn")}};
    std::vector<PValue> arns;
    for (const ir::typed::Ref& r : b.resources().items()) arns.push_back(arnOf(ctx, ctx.object(r)));
    if (!arns.empty()) sel.properties.emplace_back("resources", PValue::list(std::move(arns)));
    for (const auto& [key, value] : b.select_tags().entries())
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

}  // namespace migc::lower
