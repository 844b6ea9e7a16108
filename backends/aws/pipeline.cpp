// A DMS pipeline: the account's dms-vpc-role and dms-cloudwatch-logs-role
// (`account_roles`), a role that lets DMS read the two secrets, a security
// group, replication subnet group and instance, source and target endpoints
// that take their credentials from Secrets Manager (TLS per the source's
// setting; the Aurora side always requires TLS; the pipeline's key also
// encrypts their connection settings), the task with its table mappings and settings, and the event
// subscriptions of `events`.
#include "aws/kinds.h"
#include "lowering/dms.h"
#include "lowering/iam.h"

namespace migc::aws {
namespace {

PValue assumeRole(std::string service) { return PValue::json(lowering::assumeRolePolicy(std::move(service))); }

// A role whose name AWS fixes for the whole account, with its managed policy.
void accountRole(Context& ctx, const ir::Object& o, const std::string& id, const char* name, const char* policy_arn) {
  model::Resource& role = ctx.add("aws_iam_role", id, o);
  role.properties = {{"name", PValue::s(name)},
                     {"assume_role_policy", assumeRole("dms.amazonaws.com")},
                     {"tags", ctx.tags()}};
  model::Resource& attach = ctx.add("aws_iam_role_policy_attachment", id + "_policy", o);
  attach.properties = {{"role", PValue::refTo(id, "name")}, {"policy_arn", PValue::s(policy_arn)}};
}

}  // namespace

KindLowering sourceKind() {
  KindLowering k;  // lowered as part of each pipeline that reads it
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

    // DMS needs these exact, account-wide roles: dms-vpc-role before it can use a VPC,
    // dms-cloudwatch-logs-role before a task can write its logs.
    bool vpc_role = lowering::flag(o, "account_roles");
    if (vpc_role && ctx.once("dms-vpc-role"))
      accountRole(ctx, o, "dms_vpc_role", "dms-vpc-role", lowering::kDmsVpcRolePolicy);
    bool logs_role = lowering::needsLogsRole(o);
    if (logs_role && ctx.once("dms-cloudwatch-logs-role"))
      accountRole(ctx, o, "dms_cloudwatch_logs_role", "dms-cloudwatch-logs-role", lowering::kDmsLogsRolePolicy);

    model::Resource& access = ctx.add("aws_iam_role", Context::id(o, "secrets_role"), o);
    access.properties = {{"name", ctx.name(o, "dms-secrets")},
                         {"assume_role_policy", assumeRole("dms." + ctx.program().regions.front() + ".amazonaws.com")},
                         {"tags", ctx.tags()}};
    model::Resource& policy = ctx.add("aws_iam_role_policy", Context::id(o, "secrets_policy"), o);
    policy.properties = {
        {"name", PValue::s("read-migration-secrets")},
        {"role", PValue::refTo(Context::id(o, "secrets_role"), "id")},
        {"policy", PValue::json(lowering::secretAccessPolicy(
                       ctx, {"secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"},
                       {&parts.source_secret, &parts.target_secret}))}};

    model::Resource& sg = ctx.add("aws_security_group", Context::id(o, "sg"), o);
    sg.properties = {{"name", ctx.name(o, "dms-sg")},
                     {"description", PValue::s("DMS replication instance of " + o.name)},
                     {"vpc_id", ctx.attribute(network, "id")},
                     {"tags", ctx.tags()}};
    model::Resource& to_target = ctx.add("aws_vpc_security_group_egress_rule", Context::id(o, "to_target"), o);
    to_target.properties = {{"security_group_id", securityGroupRef(o, "sg")},
                            {"description", PValue::s(lowering::engineLabel(facts.target_engine) + " to " + target.name)},
                            {"ip_protocol", PValue::s("tcp")},
                            {"from_port", PValue::i(facts.target_port)},
                            {"to_port", PValue::i(facts.target_port)},
                            {"referenced_security_group_id", securityGroupRef(target, "sg")}};
    std::vector<std::string> cidrs;
    for (const ir::Value& c : lowering::field(network, "onprem_cidrs").items) cidrs.push_back(c.text);
    if (cidrs.empty()) cidrs.push_back("0.0.0.0/0");
    for (size_t i = 0; i < cidrs.size(); ++i) {
      model::Resource& rule = ctx.add("aws_vpc_security_group_egress_rule",
                                      Context::id(o, "to_source_" + std::to_string(i + 1)), o);
      rule.properties = {{"security_group_id", securityGroupRef(o, "sg")},
                         {"description", PValue::s("Source database " + source.name)},
                         {"ip_protocol", PValue::s("tcp")},
                         {"from_port", PValue::i(facts.source_port)},
                         {"to_port", PValue::i(facts.source_port)},
                         {"cidr_ipv4", PValue::s(cidrs[i])}};
    }

    model::Resource& subnets = ctx.add("aws_dms_replication_subnet_group", Context::id(o, "subnets"), o);
    subnets.properties = {{"replication_subnet_group_id", ctx.name(o, "dms-subnets")},
                          {"replication_subnet_group_description", PValue::s("Subnets of pipeline " + o.name)},
                          {"subnet_ids", subnetIds(ctx, network)},
                          {"tags", ctx.tags()}};
    if (vpc_role) subnets.depends_on.push_back("dms_vpc_role_policy");

    model::Resource& instance = ctx.add("aws_dms_replication_instance", Context::id(o, "instance"), o);
    instance.properties = {
        {"replication_instance_id", ctx.name(o, "dms-instance")},
        {"replication_instance_class", PValue::s(lowering::text(o, "instance.class"))},
        {"allocated_storage", PValue::i(facts.storage_gib)},
        {"multi_az", PValue::b(lowering::flag(o, "instance.multi_az"))},
        {"publicly_accessible", PValue::b(false)},
        {"replication_subnet_group_id", PValue::refTo(Context::id(o, "subnets"), "id")},
        {"vpc_security_group_ids", PValue::list({securityGroupRef(o, "sg")})},
        {"apply_immediately", PValue::b(true)}};
    if (const ir::Object* key = ctx.objectOrNull(o.field("key")))
      instance.properties.emplace_back("kms_key_arn", ctx.attribute(*key, "arn"));
    instance.properties.emplace_back("tags", ctx.tags());

    auto endpoint = [&](const char* role, const ir::Object& secret, const std::string& engine,
                        const std::string& database, const std::string& ssl) {
      model::Resource& ep = ctx.add("aws_dms_endpoint", Context::id(o, role), o);
      ep.properties = {{"endpoint_id", ctx.name(o, std::string("dms-") + role)},
                       {"endpoint_type", PValue::s(role)},
                       {"engine_name", PValue::s(engine)},
                       {"database_name", PValue::s(database)},
                       {"ssl_mode", PValue::s(ssl)},
                       {"secrets_manager_arn", ctx.attribute(secret, "arn")},
                       {"secrets_manager_access_role_arn", PValue::refTo(Context::id(o, "secrets_role"), "arn")}};
      if (const ir::Object* key = ctx.objectOrNull(o.field("key")))
        ep.properties.emplace_back("kms_key_arn", ctx.attribute(*key, "arn"));
      ep.properties.emplace_back("tags", ctx.tags());
    };
    endpoint("source", parts.source_secret, facts.source_engine, lowering::text(source, "database"), facts.source_ssl);
    endpoint("target", parts.target_secret, facts.target_engine, lowering::text(target, "database"), "require");

    model::Resource& task = ctx.add("aws_dms_replication_task", Context::id(o, "task"), o);
    task.properties = {{"replication_task_id", ctx.name(o, "dms-task")},
                       {"migration_type", PValue::s(facts.migration_type)},
                       {"replication_instance_arn", PValue::refTo(Context::id(o, "instance"), "replication_instance_arn")},
                       {"source_endpoint_arn", PValue::refTo(Context::id(o, "source"), "endpoint_arn")},
                       {"target_endpoint_arn", PValue::refTo(Context::id(o, "target"), "endpoint_arn")},
                       {"table_mappings", PValue::json(lowering::tableMappings(o, facts))},
                       {"replication_task_settings", PValue::json(lowering::taskSettings(o))},
                       // A known ARN suffix gives alarms a known metric dimension.
                       {"resource_identifier", ctx.name(o, "dms-task")},
                       {"tags", ctx.tags()}};
    // Logging starts with the task: the role must be usable by then.
    if (logs_role) task.depends_on.push_back("dms_cloudwatch_logs_role_policy");

    for (const lowering::DmsEventSubscription& sub : lowering::eventSubscriptions(o)) {
      const ir::Object& topic = ctx.object(lowering::field(o, "events.topic"));
      bool on_task = sub.source_type == "replication-task";
      model::Resource& events = ctx.add("aws_dms_event_subscription", Context::id(o, sub.role), o);
      events.properties = {
          {"name", ctx.name(o, on_task ? "dms-task-events" : "dms-instance-events")},
          {"enabled", PValue::b(true)},
          {"sns_topic_arn", ctx.attribute(topic, "arn")},
          {"source_type", PValue::s(sub.source_type)},
          {"source_ids", PValue::list({on_task ? PValue::refTo(Context::id(o, "task"), "replication_task_id")
                                               : PValue::refTo(Context::id(o, "instance"), "replication_instance_id")})},
          {"event_categories", PValue::strings(sub.categories)},
          {"tags", ctx.tags()}};
    }
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    if (attr == "instance_arn") return PValue::refTo(Context::id(o, "instance"), "replication_instance_arn");
    if (attr == "source_endpoint_arn") return PValue::refTo(Context::id(o, "source"), "endpoint_arn");
    if (attr == "target_endpoint_arn") return PValue::refTo(Context::id(o, "target"), "endpoint_arn");
    if (attr == "subnet_group_id") return PValue::refTo(Context::id(o, "subnets"), "id");
    if (attr == "security_group_id") return securityGroupRef(o, "sg");
    return PValue::refTo(Context::id(o, "task"), "replication_task_arn");
  };
  return k;
}

}  // namespace migc::aws
