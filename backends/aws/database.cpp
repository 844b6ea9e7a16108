// An RDS DB instance (not Aurora): subnet group, security group, DB parameter
// group and the instance itself, Multi-AZ by default. The master password is
// the secret's ephemeral password written through the write-only password_wo,
// so it is in neither the output nor the Terraform state. Destroyable by
// construction: no deletion protection, no final snapshot.
#include "aws/kinds.h"
#include "lowering/rds.h"

namespace migc::aws {

PValue generatedPassword(const ir::Object& secret);

KindLowering databaseKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    const ir::Object& network = ctx.object(lowering::field(o, "network"));
    const ir::Object& secret = ctx.object(lowering::field(o, "credentials"));
    lowering::EngineFacts engine = lowering::engineFacts(o);
    int64_t port = lowering::integer(o, "port");

    model::Resource& subnets = ctx.add("aws_db_subnet_group", Context::id(o, "subnets"), o);
    subnets.properties = {{"name", ctx.name(o, "db-subnets")},
                          {"subnet_ids", subnetIds(ctx, network)},
                          {"tags", ctx.tags()}};

    model::Resource& sg = ctx.add("aws_security_group", Context::id(o, "sg"), o);
    sg.properties = {{"name", ctx.name(o, "db-sg")},
                     {"description", PValue::s("Database access for " + o.name)},
                     {"vpc_id", ctx.attribute(network, "id")},
                     {"tags", ctx.tags()}};
    // Only the replication instances that write to this database get in.
    for (const ir::Object* pipeline : ctx.referrers(o, "pipeline", "to")) {
      model::Resource& rule = ctx.add("aws_vpc_security_group_ingress_rule", Context::id(o, "from_" + pipeline->name), o);
      rule.properties = {{"security_group_id", securityGroupRef(o, "sg")},
                         {"description", PValue::s(engine.label + " from DMS pipeline " + pipeline->name)},
                         {"ip_protocol", PValue::s("tcp")},
                         {"from_port", PValue::i(port)},
                         {"to_port", PValue::i(port)},
                         {"referenced_security_group_id", securityGroupRef(*pipeline, "sg")}};
    }

    model::Resource& params = ctx.add("aws_db_parameter_group", Context::id(o, "params"), o);
    params.properties = {{"name", ctx.name(o, "db-params")},
                         {"family", PValue::s(engine.family)},
                         {"description", PValue::s("Parameters for " + o.name)}};
    for (const auto& [name, value] : lowering::field(o, "parameters").entries)
      // Static parameters only take effect after a reboot; pending-reboot is
      // accepted for every parameter, dynamic ones included.
      params.properties.emplace_back("parameter", PValue::block({{"name", PValue::s(name)},
                                                                 {"value", lowering::parameterValue(ctx, value)},
                                                                 {"apply_method", PValue::s("pending-reboot")}}));
    params.properties.emplace_back("tags", ctx.tags());

    std::string storage_type = lowering::text(o, "storage_type");
    model::Resource& db = ctx.add("aws_db_instance", Context::id(o, "db"), o);
    db.properties = {
        {"identifier", ctx.name(o, "db")},
        {"engine", PValue::s(engine.engine)},
        {"engine_version", PValue::s(engine.version)},
        {"instance_class", PValue::s(lowering::text(o, "instance_class"))},
        {"multi_az", PValue::b(lowering::flag(o, "multi_az"))},
        {"allocated_storage", PValue::i(int64_t(lowering::field(o, "storage").number / 1073741824.0))},
        {"storage_type", PValue::s(storage_type)}};
    if (o.field("iops")) db.properties.emplace_back("iops", PValue::i(lowering::integer(o, "iops")));
    db.properties.emplace_back("storage_encrypted", PValue::b(true));
    if (const ir::Object* key = ctx.objectOrNull(o.field("key")))
      db.properties.emplace_back("kms_key_id", ctx.attribute(*key, "arn"));
    bool insights = lowering::flag(o, "insights.enabled");
    db.properties.insert(db.properties.end(), {
        {"db_name", PValue::s(lowering::text(o, "database"))},
        {"port", PValue::i(port)},
        {"username", PValue::s(lowering::text(secret, "username"))},
        {"password_wo", generatedPassword(secret)},
        {"password_wo_version", PValue::i(1)},
        {"db_subnet_group_name", PValue::refTo(Context::id(o, "subnets"), "name")},
        {"vpc_security_group_ids", PValue::list({securityGroupRef(o, "sg")})},
        {"parameter_group_name", PValue::refTo(Context::id(o, "params"), "name")},
        {"publicly_accessible", PValue::b(false)},
        {"backup_retention_period", PValue::i(int64_t(lowering::seconds(o, "backup.retention") / 86400))},
        {"backup_window", PValue::s(lowering::text(o, "backup.window"))},
        {"enabled_cloudwatch_logs_exports", ctx.value(lowering::field(o, "log_exports"))},
        {"performance_insights_enabled", PValue::b(insights)}});
    if (insights)
      db.properties.emplace_back("performance_insights_retention_period",
                                 PValue::i(int64_t(lowering::seconds(o, "insights.retention") / 86400)));
    db.properties.insert(db.properties.end(), {{"copy_tags_to_snapshot", PValue::b(true)},
                                               {"deletion_protection", PValue::b(false)},
                                               {"skip_final_snapshot", PValue::b(true)},
                                               {"delete_automated_backups", PValue::b(true)},
                                               {"apply_immediately", PValue::b(true)},
                                               {"tags", ctx.tags()}});
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    std::string id = Context::id(o, "db");
    if (attr == "endpoint") return PValue::refTo(id, "address");
    if (attr == "arn" || attr == "port") return PValue::refTo(id, std::string(attr));
    if (attr == "id") return PValue::refTo(id, "identifier");
    if (attr == "security_group_id") return securityGroupRef(o, "sg");
    return PValue::refTo(id, "id");
  };
  return k;
}

}  // namespace migc::aws
