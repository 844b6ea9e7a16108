// An RDS DB instance in CloudFormation: the same resources as the Terraform
// shape, a Parameters map instead of parameter blocks, credentials read
// through dynamic references, and a SecretTargetAttachment that adds host and
// port to the master secret (DMS endpoints read them from there).
#include "cfn/kinds.h"
#include "lowering/rds.h"

namespace migc::cfn {

KindLowering databaseKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    const ir::Object& network = ctx.object(lowering::field(o, "network"));
    const ir::Object& secret = ctx.object(lowering::field(o, "credentials"));
    lowering::EngineFacts engine = lowering::engineFacts(o);
    int64_t port = lowering::integer(o, "port");
    std::string secret_id = Context::id(secret, "secret");

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
    }
    model::Fields parameters;
    for (const auto& [name, value] : lowering::field(o, "parameters").entries)
      parameters.emplace_back(name, lowering::parameterValue(ctx, value));
    model::Resource& params = ctx.add("AWS::RDS::DBParameterGroup", Context::id(o, "params"), o);
    params.properties = {{"DBParameterGroupName", ctx.name(o, "db-params")},
                         {"Family", PValue::s(engine.family)},
                         {"Description", PValue::s("Parameters for " + o.name)},
                         {"Parameters", PValue::object(std::move(parameters))},
                         {"Tags", ctx.tags()}};

    model::Resource& db = addStateful(ctx, "AWS::RDS::DBInstance", Context::id(o, "db"), o);
    db.properties = {
        {"DBInstanceIdentifier", ctx.name(o, "db")},
        {"Engine", PValue::s(engine.engine)},
        {"EngineVersion", PValue::s(engine.version)},
        {"DBInstanceClass", PValue::s(lowering::text(o, "instance_class"))},
        {"MultiAZ", PValue::b(lowering::flag(o, "multi_az"))},
        // AllocatedStorage and Port are strings in the CloudFormation schema.
        {"AllocatedStorage", PValue::s(std::to_string(int64_t(lowering::field(o, "storage").number / 1073741824.0)))},
        {"StorageType", PValue::s(lowering::text(o, "storage_type"))}};
    if (o.field("iops")) db.properties.emplace_back("Iops", PValue::i(lowering::integer(o, "iops")));
    db.properties.emplace_back("StorageEncrypted", PValue::b(true));
    if (const ir::Object* key = ctx.objectOrNull(o.field("key")))
      db.properties.emplace_back("KmsKeyId", ctx.attribute(*key, "arn"));
    bool insights = lowering::flag(o, "insights.enabled");
    db.properties.insert(db.properties.end(), {
        {"DBName", PValue::s(lowering::text(o, "database"))},
        {"Port", PValue::s(std::to_string(port))},
        {"MasterUsername", PValue::secretRef(secret_id, "username")},
        {"MasterUserPassword", PValue::secretRef(secret_id, "password")},
        {"DBSubnetGroupName", PValue::refTo(Context::id(o, "subnets"))},
        {"VPCSecurityGroups", PValue::list({groupId(o, "sg")})},
        {"DBParameterGroupName", PValue::refTo(Context::id(o, "params"))},
        {"PubliclyAccessible", PValue::b(false)},
        {"BackupRetentionPeriod", PValue::i(int64_t(lowering::seconds(o, "backup.retention") / 86400))},
        {"PreferredBackupWindow", PValue::s(lowering::text(o, "backup.window"))},
        {"EnableCloudwatchLogsExports", ctx.value(lowering::field(o, "log_exports"))},
        {"EnablePerformanceInsights", PValue::b(insights)}});
    if (insights)
      db.properties.emplace_back("PerformanceInsightsRetentionPeriod",
                                 PValue::i(int64_t(lowering::seconds(o, "insights.retention") / 86400)));
    db.properties.insert(db.properties.end(), {{"CopyTagsToSnapshot", PValue::b(true)},
                                               {"DeletionProtection", PValue::b(false)},
                                               {"DeleteAutomatedBackups", PValue::b(true)},
                                               {"Tags", ctx.tags()}});

    model::Resource& attach = ctx.add("AWS::SecretsManager::SecretTargetAttachment", Context::id(o, "secret_attachment"), o);
    attach.properties = {{"SecretId", PValue::refTo(secret_id)},
                         {"TargetId", PValue::refTo(Context::id(o, "db"))},
                         {"TargetType", PValue::s("AWS::RDS::DBInstance")}};
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    std::string id = Context::id(o, "db");
    if (attr == "endpoint") return PValue::refTo(id, "Endpoint.Address");
    if (attr == "port") return PValue::refTo(id, "Endpoint.Port");
    if (attr == "arn") return PValue::refTo(id, "DBInstanceArn");
    if (attr == "security_group_id") return groupId(o, "sg");
    return PValue::refTo(id);
  };
  return k;
}

}  // namespace migc::cfn
