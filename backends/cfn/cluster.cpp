// Aurora in CloudFormation: the same resources as the Terraform shape, with
// AWS::RDS::DBInstance for cluster instances, a Parameters map instead of
// parameter blocks, and credentials read through dynamic references.
#include "cfn/kinds.h"
#include "lowering/rds.h"

namespace migc::cfn {
namespace {

PValue parameterMap(Context& ctx, const ir::Value& params) {
  model::Fields fields;
  for (const auto& [name, value] : params.entries) fields.emplace_back(name, lowering::parameterValue(ctx, value));
  return PValue::object(std::move(fields));
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

    model::Resource& subnets = ctx.add("AWS::RDS::DBSubnetGroup", Context::id(o, "subnets"), o);
    subnets.properties = {{"DBSubnetGroupName", ctx.name(o, "db-subnets")},
                          {"DBSubnetGroupDescription", PValue::s("Private subnets of " + o.name)},
                          {"SubnetIds", subnetIds(network)},
                          {"Tags", ctx.tags()}};
    model::Resource& sg = ctx.add("AWS::EC2::SecurityGroup", Context::id(o, "sg"), o);
    sg.properties = {{"GroupName", ctx.name(o, "db-sg")},
                     {"GroupDescription", PValue::s("Database access for " + o.name)},
                     {"VpcId", ctx.attribute(network, "id")},
                     {"Tags", ctx.tags()}};
    for (const ir::Object* pipeline : ctx.referrers(o, "pipeline", "to")) {
      model::Resource& rule = ctx.add("AWS::EC2::SecurityGroupIngress", Context::id(o, "from_" + pipeline->name), o);
      rule.properties = {{"GroupId", groupId(o, "sg")},
                         {"Description", PValue::s(engine.label + " from DMS pipeline " + pipeline->name)},
                         {"IpProtocol", PValue::s("tcp")},
                         {"FromPort", PValue::i(port)},
                         {"ToPort", PValue::i(port)},
                         {"SourceSecurityGroupId", groupId(*pipeline, "sg")}};
      // The rule exists only while the pipeline does (a `when` flag on it).
      if (rule.condition.empty() && pipeline->condition.kind == ir::Value::Kind::Param)
        rule.condition = pipeline->condition.text;
    }
    model::Resource& cpg = ctx.add("AWS::RDS::DBClusterParameterGroup", Context::id(o, "cluster_params"), o);
    cpg.properties = {{"DBClusterParameterGroupName", ctx.name(o, "cluster-params")},
                      {"Family", PValue::s(engine.family)},
                      {"Description", PValue::s("Cluster parameters for " + o.name)},
                      {"Parameters", parameterMap(ctx, lowering::field(o, "parameters"))},
                      {"Tags", ctx.tags()}};
    model::Resource& ipg = ctx.add("AWS::RDS::DBParameterGroup", Context::id(o, "instance_params"), o);
    ipg.properties = {{"DBParameterGroupName", ctx.name(o, "instance-params")},
                      {"Family", PValue::s(engine.family)},
                      {"Description", PValue::s("Instance parameters for " + o.name)},
                      {"Parameters", parameterMap(ctx, lowering::field(o, "instance_parameters"))},
                      {"Tags", ctx.tags()}};

    if (is_global_primary) {
      model::Resource& global = ctx.add("AWS::RDS::GlobalCluster", Context::id(o, "global"), o);
      global.properties = {{"GlobalClusterIdentifier", ctx.name(o, "global")},
                           {"Engine", PValue::s(engine_name)},
                           {"EngineVersion", PValue::s(version)},
                           {"StorageEncrypted", PValue::b(true)},
                           {"DeletionProtection", PValue::b(false)},
                           {"Tags", ctx.tags()}};
    }

    model::Resource& cluster = addStateful(ctx, "AWS::RDS::DBCluster", Context::id(o, "cluster"), o);
    cluster.properties = {
        {"DBClusterIdentifier", ctx.name(o, "cluster")},
        {"Engine", PValue::s(engine_name)},
        {"EngineVersion", PValue::s(version)}};
    if (is_global_primary) cluster.properties.emplace_back("GlobalClusterIdentifier", PValue::refTo(Context::id(o, "global")));
    // A secondary's template is deployed in its own region, after the
    // primary's stack (MIG3020): it names the global cluster rather than
    // referring to it across regions.
    if (primary) cluster.properties.emplace_back("GlobalClusterIdentifier", ctx.name(*primary, "global"));
    else cluster.properties.emplace_back("DatabaseName", PValue::s(lowering::text(o, "database")));
    cluster.properties.emplace_back("Port", PValue::i(port));
    std::string secret_id;
    if (!primary) {
      const ir::Object& secret = ctx.object(lowering::field(o, "credentials"));
      secret_id = Context::id(secret, "secret");
      cluster.properties.insert(cluster.properties.end(),
                                {{"MasterUsername", PValue::secretRef(secret_id, "username")},
                                 {"MasterUserPassword", PValue::secretRef(secret_id, "password")}});
    }
    cluster.properties.insert(cluster.properties.end(), {
        {"DBSubnetGroupName", PValue::refTo(Context::id(o, "subnets"))},
        {"VpcSecurityGroupIds", PValue::list({groupId(o, "sg")})},
        {"DBClusterParameterGroupName", PValue::refTo(Context::id(o, "cluster_params"))},
        {"StorageEncrypted", PValue::b(true)}});
    if (const ir::Object* key = ctx.objectOrNull(o.field("key")))
      cluster.properties.emplace_back("KmsKeyId", ctx.attribute(*key, "arn"));
    cluster.properties.insert(cluster.properties.end(), {
        {"BackupRetentionPeriod", PValue::i(int64_t(lowering::seconds(o, "backup.retention") / 86400))},
        {"PreferredBackupWindow", PValue::s(lowering::text(o, "backup.window"))},
        {"EnableCloudwatchLogsExports", ctx.value(lowering::field(o, "log_exports"))},
        {"DeletionProtection", PValue::b(false)}});
    const ir::Value* serverless = o.field("serverless");
    bool is_serverless = serverless && serverless->kind == ir::Value::Kind::Map;
    if (is_serverless)
      cluster.properties.emplace_back("ServerlessV2ScalingConfiguration",
                                      PValue::object({{"MinCapacity", PValue::n(serverless->get("min_capacity")->number)},
                                                      {"MaxCapacity", PValue::n(serverless->get("max_capacity")->number)}}));
    cluster.properties.emplace_back("Tags", ctx.tags());
    // Adds host, port, engine and dbname to the master secret once the
    // cluster exists: DMS endpoints read them from there.
    if (!primary) {
      model::Resource& attach = ctx.add("AWS::SecretsManager::SecretTargetAttachment", Context::id(o, "secret_attachment"), o);
      attach.properties = {{"SecretId", PValue::refTo(secret_id)},
                           {"TargetId", PValue::refTo(Context::id(o, "cluster"))},
                           {"TargetType", PValue::s("AWS::RDS::DBCluster")}};
    }

    int64_t zones = lowering::integer(network, "zones");
    int64_t count = lowering::integer(o, "writers") + lowering::integer(o, "readers");
    bool insights = lowering::flag(o, "insights.enabled");
    for (int64_t i = 0; i < count; ++i) {
      std::string n = std::to_string(i + 1);
      model::Resource& inst = addStateful(ctx, "AWS::RDS::DBInstance", Context::id(o, "instance_" + n), o);
      inst.properties = {
          {"DBInstanceIdentifier", ctx.name(o, "instance-" + n)},
          {"DBClusterIdentifier", PValue::refTo(Context::id(o, "cluster"))},
          {"Engine", PValue::s(engine_name)},
          {"DBInstanceClass", PValue::s(is_serverless ? "db.serverless" : lowering::text(o, "instance_class"))},
          {"DBParameterGroupName", PValue::refTo(Context::id(o, "instance_params"))},
          {"AvailabilityZone", zone(i % zones)},
          {"PromotionTier", PValue::i(i == 0 ? 0 : 1)},
          {"PubliclyAccessible", PValue::b(false)},
          {"EnablePerformanceInsights", PValue::b(insights)}};
      if (insights)
        inst.properties.emplace_back("PerformanceInsightsRetentionPeriod",
                                     PValue::i(int64_t(lowering::seconds(o, "insights.retention") / 86400)));
      inst.properties.emplace_back("Tags", ctx.tags());
      if (i > 0) inst.depends_on.push_back(Context::id(o, "instance_1"));
    }
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    std::string id = Context::id(o, "cluster");
    if (attr == "endpoint") return PValue::refTo(id, "Endpoint.Address");
    if (attr == "reader_endpoint") return PValue::refTo(id, "ReadEndpoint.Address");
    if (attr == "port") return PValue::refTo(id, "Endpoint.Port");
    if (attr == "arn") return PValue::refTo(id, "DBClusterArn");
    if (attr == "security_group_id") return groupId(o, "sg");
    return PValue::refTo(id);
  };
  return k;
}

}  // namespace migc::cfn
