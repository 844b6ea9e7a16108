// An Aurora cluster: subnet group, security group, cluster and instance
// parameter groups, the global cluster of an Aurora Global Database's
// primary, the cluster, and writer + reader instances spread over the
// network's zones. Destroyable by construction.
#include "lower/common.h"
#include "lower/rds.h"
#include "lower/registry.h"
#include "lower/secret.h"

namespace migc::lower {
namespace {

void parameterGroups(Context& ctx, const ir::Object& o, const std::string& family) {
  fields::Cluster c(o);
  model::Resource& cpg = ctx.add("aws_rds_cluster_parameter_group", Context::id(o, "cluster_params"), o);
  cpg.properties = {{"name", ctx.name(o, "cluster-params")},
                    {"family", PValue::s(family)},
                    {"description", PValue::s("Cluster parameters for " + o.name)}};
  addParameters(ctx, cpg, c.parameters());
  cpg.properties.emplace_back("tags", ctx.tags());
  model::Resource& ipg = ctx.add("aws_db_parameter_group", Context::id(o, "instance_params"), o);
  ipg.properties = {{"name", ctx.name(o, "instance-params")},
                    {"family", PValue::s(family)},
                    {"description", PValue::s("Instance parameters for " + o.name)}};
  addParameters(ctx, ipg, c.instance_parameters());
  ipg.properties.emplace_back("tags", ctx.tags());
}

void instances(Context& ctx, const ir::Object& o, const ir::Object& network) {
  fields::Cluster c(o);
  int64_t zones = fields::Network(network).zones().constant();
  int64_t count = c.writers().constant() + c.readers().constant();
  bool insights = c.insights().enabled().constant();
  PValue instance_class = c.serverless().present() ? PValue::s("db.serverless") : ctx.value(c.instance_class());
  for (int64_t i = 0; i < count; ++i) {
    std::string n = std::to_string(i + 1);
    model::Resource& inst = ctx.add("aws_rds_cluster_instance", Context::id(o, "instance_" + n), o);
    inst.properties = {{"identifier", ctx.name(o, "instance-" + n)},
                       {"cluster_identifier", PValue::refTo(Context::id(o, "cluster"), "id")},
                       {"engine", PValue::s(c.engine().name())},
                       {"engine_version", PValue::s(c.engine().version())},
                       {"instance_class", instance_class},
                       {"db_parameter_group_name", PValue::refTo(Context::id(o, "instance_params"), "name")},
                       {"availability_zone", zone(ctx, i % zones)},
                       // The writer is the first instance created; readers fail over in order.
                       {"promotion_tier", PValue::i(i == 0 ? 0 : 1)},
                       {"publicly_accessible", PValue::b(false)},
                       {"performance_insights_enabled", PValue::b(insights)}};
    if (insights)
      inst.properties.emplace_back("performance_insights_retention_period", PValue::i(c.insights().retention().days()));
    inst.properties.emplace_back("apply_immediately", PValue::b(true));
    inst.properties.emplace_back("tags", ctx.tags());
    if (i > 0) inst.depends_on.push_back(Context::id(o, "instance_1"));
  }
}

}  // namespace

template <>
KindLowering lowering<kind::cluster>() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    fields::Cluster c(o);
    const ir::Object& network = ctx.object(c.network());
    // A secondary of a global database has no credentials of its own.
    const ir::Object* primary = ctx.objectOrNull(c.secondary_of());
    bool is_global_primary = !primary && !ctx.referrers(o, "cluster", "secondary_of").empty();
    const std::string& engine = c.engine().name();
    const std::string& version = c.engine().version();
    PValue port = ctx.value(c.port());

    databaseNetwork(ctx, o, network, engine, port);
    parameterGroups(ctx, o, parameterFamily(o, c.engine()));

    // The global cluster belongs to the primary's region and stack.
    if (is_global_primary)
      ctx.add("aws_rds_global_cluster", Context::id(o, "global"), o).properties = {
          {"global_cluster_identifier", ctx.name(o, "global")},
          {"engine", PValue::s(engine)},
          {"engine_version", PValue::s(version)},
          {"database_name", ctx.value(c.database())},
          {"storage_encrypted", PValue::b(true)},
          {"deletion_protection", PValue::b(false)},
          {"force_destroy", PValue::b(true)},
          {"tags", ctx.tags()}};

    model::Resource& cluster = ctx.add("aws_rds_cluster", Context::id(o, "cluster"), o);
    cluster.properties = {{"cluster_identifier", ctx.name(o, "cluster")},
                          {"engine", PValue::s(engine)},
                          {"engine_version", PValue::s(version)},
                          {"engine_mode", PValue::s("provisioned")}};
    if (is_global_primary)
      cluster.properties.emplace_back("global_cluster_identifier", PValue::refTo(Context::id(o, "global"), "id"));
    if (primary) {
      // A secondary's CloudFormation template is deployed in its own region
      // after the primary's stack (MIG3020): it names the global cluster.
      cluster.properties.emplace_back(
          "global_cluster_identifier",
          PValue::perTarget(Targets::CloudFormation,
                            "a CloudFormation template cannot refer to a resource of another region's stack: it names it",
                            ctx.name(*primary, "global"), PValue::refTo(Context::id(*primary, "global"), "id")));
      // Joins once the primary has its writer.
      cluster.depends_on.push_back(Context::id(*primary, "instance_1"));
    } else {
      cluster.properties.emplace_back("database_name", ctx.value(c.database()));
    }
    cluster.properties.emplace_back("port", port);
    const ir::Object* secret = primary ? nullptr : ctx.objectOrNull(c.credentials());
    if (secret)
      cluster.properties.insert(cluster.properties.end(), {{"master_username", masterUsername(ctx, *secret)},
                                                           {"master_password_wo", generatedPassword(*secret)},
                                                           {"master_password_wo_version", PValue::i(1)}});
    cluster.properties.insert(cluster.properties.end(),
                              {{"db_subnet_group_name", PValue::refTo(Context::id(o, "subnets"), "name")},
                               {"vpc_security_group_ids", PValue::list({securityGroupRef(o, "sg")})},
                               {"db_cluster_parameter_group_name", PValue::refTo(Context::id(o, "cluster_params"), "name")},
                               {"storage_encrypted", PValue::b(true)}});
    if (const ir::Object* key = ctx.objectOrNull(c.key())) cluster.properties.emplace_back("kms_key_id", ctx.attribute(*key, "arn"));
    cluster.properties.insert(cluster.properties.end(),
                              {{"backup_retention_period", PValue::i(c.backup().retention().days())},
                               {"preferred_backup_window", ctx.value(c.backup().window())},
                               {"enabled_cloudwatch_logs_exports", ctx.value(c.log_exports())},
                               {"deletion_protection", PValue::b(false)},
                               {"skip_final_snapshot", PValue::b(true)},
                               {"apply_immediately", PValue::b(true)}});
    // Aurora MySQL only (MIG2177), in seconds.
    if (c.backtrack().present()) cluster.properties.emplace_back("backtrack_window", PValue::i(c.backtrack().wholeSeconds()));
    if (c.serverless().present())
      cluster.properties.emplace_back("serverlessv2_scaling_configuration",
                                      PValue::block({{"min_capacity", ctx.value(c.serverless().min_capacity())},
                                                     {"max_capacity", ctx.value(c.serverless().max_capacity())}}));
    cluster.properties.emplace_back("tags", ctx.tags());
    if (secret) attachSecret(ctx, o, *secret, "cluster", "AWS::RDS::DBCluster");
    instances(ctx, o, network);
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    std::string id = Context::id(o, "cluster");
    if (attr == "endpoint" || attr == "reader_endpoint" || attr == "arn" || attr == "port")
      return PValue::refTo(id, std::string(attr));
    if (attr == "id") return PValue::refTo(id, "cluster_identifier");
    if (attr == "security_group_id") return securityGroupRef(o, "sg");
    return PValue::refTo(id, "id");
  };
  k.dimension = [](Context& ctx, const ir::Object& o, std::string_view) { return ctx.name(o, "cluster"); };
  return k;
}

}  // namespace migc::lower
