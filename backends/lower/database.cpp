// An RDS DB instance (not Aurora): subnet group, security group, DB parameter
// group and the instance itself, Multi-AZ by default. The master password is
// generated (secret.h): in neither the output nor the Terraform state.
// Destroyable by construction: no deletion protection, no final snapshot.
#include <algorithm>

#include "lower/common.h"
#include "lower/rds.h"
#include "lower/registry.h"
#include "lower/secret.h"

namespace migc::lower {

template <>
KindLowering lowering<kind::database>() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    fields::Database d(o);
    const ir::Object& network = ctx.object(d.network());
    const ir::Object& secret = ctx.object(d.credentials());
    PValue port = ctx.value(d.port());
    databaseNetwork(ctx, o, network, d.engine().name(), port);

    model::Resource& params = ctx.add("aws_db_parameter_group", Context::id(o, "params"), o);
    params.properties = {{"name", ctx.name(o, "db-params")},
                         {"family", PValue::s(parameterFamily(o, d.engine()))},
                         {"description", PValue::s("Parameters for " + o.name)}};
    addParameters(ctx, params, d.parameters());
    params.properties.emplace_back("tags", ctx.tags());

    model::Resource& db = ctx.add("aws_db_instance", Context::id(o, "db"), o);
    db.properties = {{"identifier", ctx.name(o, "db")},
                     {"engine", PValue::s(d.engine().name())},
                     {"engine_version", PValue::s(d.engine().version())},
                     {"instance_class", ctx.value(d.instance_class())},
                     {"multi_az", ctx.value(d.multi_az())},
                     {"allocated_storage", PValue::i(d.storage().gib())},
                     {"storage_type", ctx.value(d.storage_type())}};
    if (d.iops().present()) db.properties.emplace_back("iops", ctx.value(d.iops()));
    // Oracle and SQL Server: the checks fill the license model when left out.
    if (d.license_model().present()) {
      std::string model = d.license_model().word();
      std::replace(model.begin(), model.end(), '_', '-');
      db.properties.emplace_back("license_model", PValue::s(model));
    }
    if (d.character_set().present()) db.properties.emplace_back("character_set_name", ctx.value(d.character_set()));
    db.properties.emplace_back("storage_encrypted", PValue::b(true));
    if (const ir::Object* key = ctx.objectOrNull(d.key())) db.properties.emplace_back("kms_key_id", ctx.attribute(*key, "arn"));
    bool insights = d.insights().enabled().constant();
    // RDS for SQL Server rejects DBName: the instance starts without a user
    // database, and the one a pipeline loads is created first (MIG2175).
    if (!d.engine().name().starts_with("sqlserver")) db.properties.emplace_back("db_name", ctx.value(d.database()));
    db.properties.insert(db.properties.end(),
                         {{"port", port},
                          {"username", masterUsername(ctx, secret)},
                          {"password_wo", generatedPassword(secret)},
                          {"password_wo_version", PValue::i(1)},
                          {"db_subnet_group_name", PValue::refTo(Context::id(o, "subnets"), "name")},
                          {"vpc_security_group_ids", PValue::list({securityGroupRef(o, "sg")})},
                          {"parameter_group_name", PValue::refTo(Context::id(o, "params"), "name")},
                          {"publicly_accessible", PValue::b(false)},
                          {"backup_retention_period", PValue::i(d.backup().retention().days())},
                          {"backup_window", ctx.value(d.backup().window())},
                          {"enabled_cloudwatch_logs_exports", ctx.value(d.log_exports())},
                          {"performance_insights_enabled", PValue::b(insights)}});
    if (insights)
      db.properties.emplace_back("performance_insights_retention_period", PValue::i(d.insights().retention().days()));
    db.properties.insert(db.properties.end(), {{"copy_tags_to_snapshot", PValue::b(true)},
                                               {"deletion_protection", PValue::b(false)},
                                               {"skip_final_snapshot", PValue::b(true)},
                                               {"delete_automated_backups", PValue::b(true)},
                                               {"apply_immediately", PValue::b(true)},
                                               {"tags", ctx.tags()}});
    attachSecret(ctx, o, secret, "db", "AWS::RDS::DBInstance");
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    std::string id = Context::id(o, "db");
    if (attr == "endpoint") return PValue::refTo(id, "address");
    if (attr == "arn" || attr == "port") return PValue::refTo(id, std::string(attr));
    if (attr == "id") return PValue::refTo(id, "identifier");
    if (attr == "security_group_id") return securityGroupRef(o, "sg");
    return PValue::refTo(id, "id");
  };
  k.dimension = [](Context& ctx, const ir::Object& o, std::string_view) { return ctx.name(o, "db"); };
  return k;
}

}  // namespace migc::lower
