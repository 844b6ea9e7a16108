// DMS in CloudFormation: the same pieces as the Terraform shape (account roles,
// secrets role, network, instance, endpoints, task, event subscriptions); secrets are
// nested in PostgreSqlSettings / OracleSettings, JSON documents are strings,
// and IAM policy documents are YAML objects.
#include "cfn/kinds.h"
#include "lowering/dms.h"
#include "lowering/iam.h"

namespace migc::cfn {
namespace {

std::string settingsKey(const std::string& engine) {
  if (engine == "oracle") return "OracleSettings";
  if (engine == "mysql" || engine == "aurora-mysql") return "MySqlSettings";
  return "PostgreSqlSettings";
}

void accountRole(Context& ctx, const ir::Object& o, const std::string& id, const char* name, const char* policy_arn) {
  model::Resource& role = ctx.add("AWS::IAM::Role", id, o);
  role.properties = {{"RoleName", PValue::s(name)},
                     {"AssumeRolePolicyDocument", lowering::assumeRolePolicy("dms.amazonaws.com")},
                     {"ManagedPolicyArns", PValue::list({PValue::s(policy_arn)})},
                     {"Tags", ctx.tags()}};
}

}  // namespace

KindLowering sourceKind() {
  KindLowering k;
  k.attribute = [](Context&, const ir::Object&, std::string_view) { return PValue::null(); };
  return k;
}

KindLowering pipelineKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    lowering::PipelineParts parts = lowering::pipelineParts(ctx, o);
    const ir::Object& source = parts.source;
    const ir::Object& target = parts.target;
    const ir::Object& network = parts.network;
    const lowering::DmsFacts& facts = parts.facts;

    // The account-wide roles (see the Terraform shape); here the managed policy is a property.
    bool vpc_role = lowering::flag(o, "account_roles");
    if (vpc_role && ctx.once("dms-vpc-role"))
      accountRole(ctx, o, "dms_vpc_role", "dms-vpc-role", lowering::kDmsVpcRolePolicy);
    bool logs_role = lowering::needsLogsRole(o);
    if (logs_role && ctx.once("dms-cloudwatch-logs-role"))
      accountRole(ctx, o, "dms_cloudwatch_logs_role", "dms-cloudwatch-logs-role", lowering::kDmsLogsRolePolicy);
    model::Resource& access = ctx.add("AWS::IAM::Role", Context::id(o, "secrets_role"), o);
    access.properties = {
        {"RoleName", ctx.name(o, "dms-secrets")},
        {"AssumeRolePolicyDocument", lowering::assumeRolePolicy("dms." + ctx.program().regions.front() + ".amazonaws.com")},
        {"Policies",
         PValue::list({PValue::object(
             {{"PolicyName", PValue::s("read-migration-secrets")},
              {"PolicyDocument", lowering::secretAccessPolicy(ctx, {"secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"},
                                                              {&parts.source_secret, &parts.target_secret})}})})},
        {"Tags", ctx.tags()}};

    model::Resource& sg = ctx.add("AWS::EC2::SecurityGroup", Context::id(o, "sg"), o);
    sg.properties = {{"GroupName", ctx.name(o, "dms-sg")},
                     {"GroupDescription", PValue::s("DMS replication instance of " + o.name)},
                     {"VpcId", ctx.attribute(network, "id")},
                     {"Tags", ctx.tags()}};
    model::Resource& to_target = ctx.add("AWS::EC2::SecurityGroupEgress", Context::id(o, "to_target"), o);
    to_target.properties = {{"GroupId", groupId(o, "sg")},
                            {"Description", PValue::s(lowering::engineLabel(facts.target_engine) + " to " + target.name)},
                            {"IpProtocol", PValue::s("tcp")},
                            {"FromPort", PValue::i(facts.target_port)},
                            {"ToPort", PValue::i(facts.target_port)},
                            {"DestinationSecurityGroupId", groupId(target, "sg")}};
    std::vector<std::string> cidrs;
    for (const ir::Value& c : lowering::field(network, "onprem_cidrs").items) cidrs.push_back(c.text);
    if (cidrs.empty()) cidrs.push_back("0.0.0.0/0");
    for (size_t i = 0; i < cidrs.size(); ++i) {
      model::Resource& rule = ctx.add("AWS::EC2::SecurityGroupEgress", Context::id(o, "to_source_" + std::to_string(i + 1)), o);
      rule.properties = {{"GroupId", groupId(o, "sg")},
                         {"Description", PValue::s("Source database " + source.name)},
                         {"IpProtocol", PValue::s("tcp")},
                         {"FromPort", PValue::i(facts.source_port)},
                         {"ToPort", PValue::i(facts.source_port)},
                         {"CidrIp", PValue::s(cidrs[i])}};
    }

    model::Resource& subnets = ctx.add("AWS::DMS::ReplicationSubnetGroup", Context::id(o, "subnets"), o);
    subnets.properties = {{"ReplicationSubnetGroupIdentifier", ctx.name(o, "dms-subnets")},
                          {"ReplicationSubnetGroupDescription", PValue::s("Subnets of pipeline " + o.name)},
                          {"SubnetIds", subnetIds(network)},
                          {"Tags", ctx.tags()}};
    if (vpc_role) subnets.depends_on.push_back("dms_vpc_role");

    model::Resource& instance = ctx.add("AWS::DMS::ReplicationInstance", Context::id(o, "instance"), o);
    instance.properties = {{"ReplicationInstanceIdentifier", ctx.name(o, "dms-instance")},
                           {"ReplicationInstanceClass", PValue::s(lowering::text(o, "instance.class"))},
                           {"AllocatedStorage", PValue::i(facts.storage_gib)},
                           {"MultiAZ", PValue::b(lowering::flag(o, "instance.multi_az"))},
                           {"PubliclyAccessible", PValue::b(false)},
                           {"ReplicationSubnetGroupIdentifier", PValue::refTo(Context::id(o, "subnets"))},
                           {"VpcSecurityGroupIds", PValue::list({groupId(o, "sg")})}};
    if (const ir::Object* key = ctx.objectOrNull(o.field("key")))
      instance.properties.emplace_back("KmsKeyId", ctx.attribute(*key, "arn"));
    instance.properties.emplace_back("Tags", ctx.tags());

    auto endpoint = [&](const char* role, const ir::Object& secret, const std::string& engine,
                        const std::string& database, const std::string& ssl) {
      model::Resource& ep = ctx.add("AWS::DMS::Endpoint", Context::id(o, role), o);
      ep.properties = {{"EndpointIdentifier", ctx.name(o, std::string("dms-") + role)},
                       {"EndpointType", PValue::s(role)},
                       {"EngineName", PValue::s(engine)},
                       {"DatabaseName", PValue::s(database)},
                       {"SslMode", PValue::s(ssl)},
                       {settingsKey(engine),
                        PValue::object({{"SecretsManagerSecretId", ctx.attribute(secret, "arn")},
                                        {"SecretsManagerAccessRoleArn", PValue::refTo(Context::id(o, "secrets_role"), "Arn")}})}};
      if (const ir::Object* key = ctx.objectOrNull(o.field("key")))
        ep.properties.emplace_back("KmsKeyId", ctx.attribute(*key, "arn"));
      ep.properties.emplace_back("Tags", ctx.tags());
    };
    endpoint("source", parts.source_secret, facts.source_engine, lowering::text(source, "database"), facts.source_ssl);
    endpoint("target", parts.target_secret, facts.target_engine, lowering::text(target, "database"), "require");

    model::Resource& task = ctx.add("AWS::DMS::ReplicationTask", Context::id(o, "task"), o);
    task.properties = {{"ReplicationTaskIdentifier", ctx.name(o, "dms-task")},
                       {"MigrationType", PValue::s(facts.migration_type)},
                       {"ReplicationInstanceArn", PValue::refTo(Context::id(o, "instance"))},
                       {"SourceEndpointArn", PValue::refTo(Context::id(o, "source"))},
                       {"TargetEndpointArn", PValue::refTo(Context::id(o, "target"))},
                       {"TableMappings", PValue::json(lowering::tableMappings(o, facts))},
                       {"ReplicationTaskSettings", PValue::json(lowering::taskSettings(o))},
                       {"ResourceIdentifier", ctx.name(o, "dms-task")},
                       {"Tags", ctx.tags()}};
    if (logs_role) task.depends_on.push_back("dms_cloudwatch_logs_role");

    for (const lowering::DmsEventSubscription& sub : lowering::eventSubscriptions(o)) {
      const ir::Object& topic = ctx.object(lowering::field(o, "events.topic"));
      bool on_task = sub.source_type == "replication-task";
      model::Resource& events = ctx.add("AWS::DMS::EventSubscription", Context::id(o, sub.role), o);
      // Ref of a task or instance is its ARN, and SourceIds take identifiers: the
      // identifier is the name migc gave it, and DependsOn orders the two.
      events.properties = {
          {"SubscriptionName", ctx.name(o, on_task ? "dms-task-events" : "dms-instance-events")},
          {"Enabled", PValue::b(true)},
          {"SnsTopicArn", ctx.attribute(topic, "arn")},
          {"SourceType", PValue::s(sub.source_type)},
          {"SourceIds", PValue::list({ctx.name(o, on_task ? "dms-task" : "dms-instance")})},
          {"EventCategories", PValue::strings(sub.categories)},
          {"Tags", ctx.tags()}};
      events.depends_on.push_back(Context::id(o, on_task ? "task" : "instance"));
    }
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    // Ref of a DMS replication instance or task is its ARN.
    return PValue::refTo(Context::id(o, attr == "instance_arn" ? "instance" : "task"));
  };
  return k;
}

}  // namespace migc::cfn
