// An Aurora PostgreSQL cluster: subnet group, security group, cluster and
// instance parameter groups, the cluster, and writer + reader instances
// spread over the network's zones. Destroyable by construction.
#include <fmt/format.h>

#include "aws/kinds.h"
#include "lowering/rds.h"

namespace migc::aws {

PValue generatedPassword(const ir::Object& secret);

namespace {

// One `parameter` block per setting (printers gather same-named blocks).
void addParameters(Context& ctx, model::Resource& group, const ir::Value& params) {
  for (const auto& [name, value] : params.entries) {
    PValue v = lowering::parameterValue(ctx, value);
    // Static parameters only take effect after a reboot; pending-reboot is
    // accepted for every parameter, dynamic ones included.
    group.properties.emplace_back(
        "parameter", PValue::block({{"name", PValue::s(name)}, {"value", v}, {"apply_method", PValue::s("pending-reboot")}}));
  }
}

}  // namespace

KindLowering clusterKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    const ir::Object& network = ctx.object(lowering::field(o, "network"));
    // A secondary of a global database has no credentials of its own.
    const ir::Object* primary = ctx.objectOrNull(o.field("secondary_of"));
    bool is_global_primary = !primary && !ctx.referrers(o, "cluster", "secondary_of").empty();
    lowering::EngineFacts engine = lowering::engineFacts(o);
    const std::string& engine_name = engine.engine;
    const std::string& version = engine.version;
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
    // Only the replication instances that write to this cluster get in.
    for (const ir::Object* pipeline : ctx.referrers(o, "pipeline", "to")) {
      model::Resource& rule = ctx.add("aws_vpc_security_group_ingress_rule",
                                      Context::id(o, "from_" + pipeline->name), o);
      rule.properties = {{"security_group_id", securityGroupRef(o, "sg")},
                         {"description", PValue::s(engine.label + " from DMS pipeline " + pipeline->name)},
                         {"ip_protocol", PValue::s("tcp")},
                         {"from_port", PValue::i(port)},
                         {"to_port", PValue::i(port)},
                         {"referenced_security_group_id", securityGroupRef(*pipeline, "sg")}};
      // The rule exists only while the pipeline does (a `when` flag on it).
      if (rule.condition.empty() && pipeline->condition.kind == ir::Value::Kind::Param)
        rule.condition = pipeline->condition.text;
    }

    model::Resource& cpg = ctx.add("aws_rds_cluster_parameter_group", Context::id(o, "cluster_params"), o);
    cpg.properties = {{"name", ctx.name(o, "cluster-params")},
                      {"family", PValue::s(engine.family)},
                      {"description", PValue::s("Cluster parameters for " + o.name)}};
    addParameters(ctx, cpg, lowering::field(o, "parameters"));
    cpg.properties.emplace_back("tags", ctx.tags());
    model::Resource& ipg = ctx.add("aws_db_parameter_group", Context::id(o, "instance_params"), o);
    ipg.properties = {{"name", ctx.name(o, "instance-params")},
                      {"family", PValue::s(engine.family)},
                      {"description", PValue::s("Instance parameters for " + o.name)}};
    addParameters(ctx, ipg, lowering::field(o, "instance_parameters"));
    ipg.properties.emplace_back("tags", ctx.tags());

    // The global cluster belongs to the primary's region and stack.
    if (is_global_primary) {
      model::Resource& global = ctx.add("aws_rds_global_cluster", Context::id(o, "global"), o);
      global.properties = {{"global_cluster_identifier", ctx.name(o, "global")},
                           {"engine", PValue::s(engine_name)},
                           {"engine_version", PValue::s(version)},
                           {"database_name", PValue::s(lowering::text(o, "database"))},
                           {"storage_encrypted", PValue::b(true)},
                           {"deletion_protection", PValue::b(false)},
                           {"force_destroy", PValue::b(true)},
                           {"tags", ctx.tags()}};
    }

    model::Resource& cluster = ctx.add("aws_rds_cluster", Context::id(o, "cluster"), o);
    cluster.properties = {
        {"cluster_identifier", ctx.name(o, "cluster")},
        {"engine", PValue::s(engine_name)},
        {"engine_version", PValue::s(version)},
        {"engine_mode", PValue::s("provisioned")}};
    if (is_global_primary)
      cluster.properties.emplace_back("global_cluster_identifier", PValue::refTo(Context::id(o, "global"), "id"));
    if (primary) {
      cluster.properties.emplace_back("global_cluster_identifier", PValue::refTo(Context::id(*primary, "global"), "id"));
      // Joins once the primary has its writer (CHK-A13).
      cluster.depends_on.push_back(Context::id(*primary, "instance_1"));
    } else {
      cluster.properties.emplace_back("database_name", PValue::s(lowering::text(o, "database")));
    }
    cluster.properties.emplace_back("port", PValue::i(port));
    if (!primary) {
      const ir::Object& secret = ctx.object(lowering::field(o, "credentials"));
      cluster.properties.insert(cluster.properties.end(),
                                {{"master_username", PValue::s(lowering::text(secret, "username"))},
                                 {"master_password_wo", generatedPassword(secret)},
                                 {"master_password_wo_version", PValue::i(1)}});
    }
    cluster.properties.insert(cluster.properties.end(), {
        {"db_subnet_group_name", PValue::refTo(Context::id(o, "subnets"), "name")},
        {"vpc_security_group_ids", PValue::list({securityGroupRef(o, "sg")})},
        {"db_cluster_parameter_group_name", PValue::refTo(Context::id(o, "cluster_params"), "name")},
        {"storage_encrypted", PValue::b(true)}});
    if (const ir::Object* key = ctx.objectOrNull(o.field("key")))
      cluster.properties.emplace_back("kms_key_id", ctx.attribute(*key, "arn"));
    cluster.properties.insert(cluster.properties.end(), {
        {"backup_retention_period", PValue::i(int64_t(lowering::seconds(o, "backup.retention") / 86400))},
        {"preferred_backup_window", PValue::s(lowering::text(o, "backup.window"))},
        {"enabled_cloudwatch_logs_exports", ctx.value(lowering::field(o, "log_exports"))},
        {"deletion_protection", PValue::b(false)},
        {"skip_final_snapshot", PValue::b(true)},
        {"apply_immediately", PValue::b(true)}});
    const ir::Value* serverless = o.field("serverless");
    if (serverless && serverless->kind == ir::Value::Kind::Map)
      cluster.properties.emplace_back("serverlessv2_scaling_configuration",
                                      PValue::block({{"min_capacity", PValue::n(serverless->get("min_capacity")->number)},
                                                     {"max_capacity", PValue::n(serverless->get("max_capacity")->number)}}));
    cluster.properties.emplace_back("tags", ctx.tags());

    int64_t zones = lowering::integer(network, "zones");
    int64_t count = lowering::integer(o, "writers") + lowering::integer(o, "readers");
    bool insights = lowering::flag(o, "insights.enabled");
    std::string instance_class = serverless && serverless->kind == ir::Value::Kind::Map ? "db.serverless"
                                                                                        : lowering::text(o, "instance_class");
    for (int64_t i = 0; i < count; ++i) {
      std::string n = std::to_string(i + 1);
      model::Resource& inst = ctx.add("aws_rds_cluster_instance", Context::id(o, "instance_" + n), o);
      inst.properties = {
          {"identifier", ctx.name(o, "instance-" + n)},
          {"cluster_identifier", PValue::refTo(Context::id(o, "cluster"), "id")},
          {"engine", PValue::s(engine_name)},
          {"engine_version", PValue::s(version)},
          {"instance_class", PValue::s(instance_class)},
          {"db_parameter_group_name", PValue::refTo(Context::id(o, "instance_params"), "name")},
          {"availability_zone", zone(ctx, i % zones)},
          // The writer is the first instance created; readers fail over in order.
          {"promotion_tier", PValue::i(i == 0 ? 0 : 1)},
          {"publicly_accessible", PValue::b(false)},
          {"performance_insights_enabled", PValue::b(insights)}};
      if (insights)
        inst.properties.emplace_back("performance_insights_retention_period",
                                     PValue::i(int64_t(lowering::seconds(o, "insights.retention") / 86400)));
      inst.properties.emplace_back("apply_immediately", PValue::b(true));
      inst.properties.emplace_back("tags", ctx.tags());
      if (i > 0) inst.depends_on.push_back(Context::id(o, "instance_1"));
    }
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    std::string id = Context::id(o, "cluster");
    if (attr == "endpoint" || attr == "reader_endpoint" || attr == "arn" || attr == "port") return PValue::refTo(id, std::string(attr));
    if (attr == "id") return PValue::refTo(id, "cluster_identifier");
    if (attr == "security_group_id") return securityGroupRef(o, "sg");
    return PValue::refTo(id, "id");
  };
  return k;
}

}  // namespace migc::aws
