// A DMS pipeline: the account's dms-vpc-role and dms-cloudwatch-logs-role
// (`account_roles`, in the account's bootstrap), a role that lets DMS read
// the two secrets and the network's Secrets Manager endpoint, a security
// group, replication subnet group and instance, source and target endpoints
// that take their credentials from Secrets Manager (TLS per the source's
// setting; the target side always requires TLS; the pipeline's key also
// encrypts their connection settings), the task with its table mappings and
// settings (dms_documents.h), and the event subscriptions of `events`.
#include <algorithm>

#include "lower/common.h"
#include "lower/database_access.h"
#include "lower/dms_documents.h"
#include "lower/iam.h"
#include "lower/registry.h"
#include "lower/secrets_endpoint.h"

namespace migc::lower {
namespace {

constexpr const char* kDmsVpcRolePolicy = "service-role/AmazonDMSVPCManagementRole";
constexpr const char* kDmsLogsRolePolicy = "service-role/AmazonDMSCloudWatchLogsRole";

// The declarations a pipeline connects.
struct Ends {
  const ir::Object& source;
  const ir::Object& target;
  const ir::Object& network;  // the target's
  const ir::Object& source_secret;
  const ir::Object& target_secret;
};

Ends endsOf(const Context& ctx, const ir::Object& pipeline) {
  fields::Pipeline p(pipeline);
  const ir::Object& source = ctx.object(p.from());
  const ir::Object& target = ctx.object(p.to());
  bool cluster = target.kind == "cluster";
  return {source, target,
          ctx.object(cluster ? fields::Cluster(target).network() : fields::Database(target).network()),
          ctx.object(fields::Source(source).credentials()),
          ctx.object(cluster ? fields::Cluster(target).credentials() : fields::Database(target).credentials())};
}

// A role whose name AWS fixes for the whole account, with its managed policy:
// the account's bootstrap creates both (model::splitAccountWide). Every stack
// of the account shares them, so they carry only the migration's constant
// tags (a suffix or an environment would name one stack).
void accountRole(Context& ctx, const ir::Object& o, const std::string& id, const char* name, const char* policy) {
  model::Resource& role = serviceRole(ctx, o, id, PValue::s(name), "dms.amazonaws.com");
  // Account-wide: the migration's tags, not the first pipeline's own.
  std::erase_if(role.properties, [&](auto& property) {
    if (property.first != "tags") return false;
    property.second = ctx.tags(nullptr);
    std::erase_if(property.second.fields, [](const auto& tag) {
      return tag.second.any([](const PValue& x) { return x.kind == PValue::Kind::Param; });
    });
    return property.second.fields.empty();
  });
  role.account_wide = true;
  attachManagedPolicy(ctx, o, id, id + "_policy", policy).account_wide = true;
}

// Where CloudFormation's endpoint takes the secret: the engine's settings.
std::string settingsBlock(std::string_view engine) {
  if (engine == "oracle") return "oracle_settings";
  if (engine == "mysql" || engine == "aurora" || engine == "mariadb") return "my_sql_settings";
  if (engine == "sqlserver") return "microsoft_sql_server_settings";
  return "postgre_sql_settings";
}

void endpoint(Context& ctx, const ir::Object& o, const char* role, const ir::Object& secret, const std::string& engine,
              PValue database, const std::string& ssl) {
  fields::Pipeline p(o);
  PValue secret_arn = ctx.attribute(secret, "arn");
  PValue role_arn = PValue::refTo(Context::id(o, "secrets_role"), "arn");
  const char* why = "CloudFormation takes the endpoint's secret in the engine's settings block";
  model::Resource& ep = ctx.add("aws_dms_endpoint", Context::id(o, role), o);
  ep.properties = {{"endpoint_id", ctx.name(o, std::string("dms-") + role)},
                   {"endpoint_type", PValue::s(role)},
                   {"engine_name", PValue::s(engine)},
                   {"database_name", std::move(database)},
                   {"ssl_mode", PValue::s(ssl)},
                   {"secrets_manager_arn", PValue::onlyFor(Targets::Providers, why, secret_arn)},
                   {"secrets_manager_access_role_arn", PValue::onlyFor(Targets::Providers, why, role_arn)},
                   {settingsBlock(engine),
                    PValue::onlyFor(Targets::CloudFormation, why,
                                    PValue::block({{"secrets_manager_secret_id", secret_arn},
                                                   {"secrets_manager_access_role_arn", role_arn}}))}};
  if (const ir::Object* key = ctx.objectOrNull(p.key())) ep.properties.emplace_back("kms_key_arn", ctx.attribute(*key, "arn"));
  ep.properties.emplace_back("tags", ctx.tags());
  // DMS reads the secrets with the role once the endpoint is tested.
  ep.depends_on.push_back(Context::id(o, "secrets_policy"));
}

void securityGroupRules(Context& ctx, const ir::Object& o, const Ends& ends, const DmsEngines& engines) {
  securityGroup(ctx, o, "sg", ctx.name(o, "dms-sg"), PValue::s("DMS replication instance of " + o.name),
                ctx.attribute(ends.network, "id"));
  securityGroupRule(ctx, o, false, Context::id(o, "to_target"), securityGroupRef(o, "sg"),
                    engineLabel(engines.target) + " to " + ends.target.name, engines.target_port,
                    "referenced_security_group_id", securityGroupRef(ends.target, "sg"));
  std::vector<PValue> cidrs;
  for (const ir::typed::Text& c : fields::Network(ends.network).onprem_cidrs().items()) cidrs.push_back(ctx.value(c));
  if (cidrs.empty()) cidrs.push_back(PValue::s("0.0.0.0/0"));
  for (size_t i = 0; i < cidrs.size(); ++i)
    securityGroupRule(ctx, o, false, Context::id(o, "to_source_" + std::to_string(i + 1)), securityGroupRef(o, "sg"),
                      "Source database " + ends.source.name, engines.source_port, "cidr_ipv4", cidrs[i]);
}

// DMS (3.4.7 and later) calls Secrets Manager from the replication
// instance's subnets, so the network needs a way there: an interface
// endpoint with private DNS (secrets_endpoint.h), which admits each
// pipeline's instance on 443, the only egress beyond its databases. An
// endpoint rather than a NAT gateway: it works in a network without one
// (seeds 001 and 003 have none), the secrets' traffic stays in the VPC, and
// it costs $0.01 per zone-hour against a NAT's $0.045.
void secretsManagerPath(Context& ctx, const ir::Object& o, const Ends& ends) {
  addSecretsManagerEndpoint(ctx, ends.network);
  admitToSecretsManager(ctx, o, ends.network, Context::id(o, "secretsmanager_in"), securityGroupRef(o, "sg"),
                        "DMS instance of " + o.name);
  securityGroupRule(ctx, o, false, Context::id(o, "to_secretsmanager"), securityGroupRef(o, "sg"),
                    "Secrets Manager endpoint", PValue::i(443), "referenced_security_group_id",
                    securityGroupRef(ends.network, "secretsmanager_sg"));
}

void eventSubscriptions(Context& ctx, const ir::Object& o) {
  fields::Pipeline p(o);
  if (!p.events().present()) return;
  const ir::Object& topic = ctx.object(p.events().topic());
  // The enum spells DMS's category names with underscores for spaces.
  auto categories = [](const ir::typed::List<ir::typed::Word>& list) {
    std::vector<std::string> names;
    for (const ir::typed::Word& w : list.items()) {
      std::string name = w.word();
      std::replace(name.begin(), name.end(), '_', ' ');
      names.push_back(std::move(name));
    }
    return names;
  };
  for (bool on_task : {true, false}) {
    std::vector<std::string> names = categories(on_task ? p.events().task() : p.events().instance());
    if (names.empty()) continue;
    model::Resource& events = ctx.add("aws_dms_event_subscription", Context::id(o, on_task ? "task_events" : "instance_events"), o);
    // Source ids are identifiers, which CloudFormation's task and instance do
    // not return: every target names them as migc named them, after they exist.
    events.properties = {{"name", ctx.name(o, on_task ? "dms-task-events" : "dms-instance-events")},
                         {"enabled", PValue::b(true)},
                         {"sns_topic_arn", ctx.attribute(topic, "arn")},
                         {"source_type", PValue::s(on_task ? "replication-task" : "replication-instance")},
                         {"source_ids", PValue::list({ctx.name(o, on_task ? "dms-task" : "dms-instance")})},
                         {"event_categories", PValue::strings(names)},
                         {"tags", ctx.tags()}};
    events.depends_on.push_back(Context::id(o, on_task ? "task" : "instance"));
  }
}

}  // namespace

template <>
KindLowering lowering<kind::source>() {
  return KindLowering::none("a source is lowered by each pipeline that reads it (its DMS endpoint)");
}

template <>
KindLowering lowering<kind::pipeline>() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    fields::Pipeline p(o);
    Ends ends = endsOf(ctx, o);
    DmsEngines engines = dmsEngines(ctx, o);

    // DMS needs these exact, account-wide roles: dms-vpc-role before it can use a VPC,
    // dms-cloudwatch-logs-role before a task can write its logs.
    bool account_roles = p.account_roles().constant();
    if (account_roles && ctx.once("dms-vpc-role")) accountRole(ctx, o, "dms_vpc_role", "dms-vpc-role", kDmsVpcRolePolicy);
    bool logs_role = account_roles && p.settings().logging().constant();
    if (logs_role && ctx.once("dms-cloudwatch-logs-role"))
      accountRole(ctx, o, "dms_cloudwatch_logs_role", "dms-cloudwatch-logs-role", kDmsLogsRolePolicy);

    std::string secrets_role = Context::id(o, "secrets_role");
    serviceRole(ctx, o, secrets_role, ctx.name(o, "dms-secrets"), "dms." + ctx.currentRegion() + ".amazonaws.com");
    rolePolicy(ctx, o, secrets_role, Context::id(o, "secrets_policy"), PValue::s("read-migration-secrets"),
               accessPolicy(ctx, {"secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"},
                                  {&ends.source_secret, &ends.target_secret}));

    securityGroupRules(ctx, o, ends, engines);
    secretsManagerPath(ctx, o, ends);

    model::Resource& subnets = ctx.add("aws_dms_replication_subnet_group", Context::id(o, "subnets"), o);
    subnets.properties = {{"replication_subnet_group_id", ctx.name(o, "dms-subnets")},
                          {"replication_subnet_group_description", PValue::s("Subnets of pipeline " + o.name)},
                          {"subnet_ids", subnetIds(ends.network)},
                          {"tags", ctx.tags()}};
    if (account_roles) subnets.depends_on.push_back("dms_vpc_role_policy");

    model::Resource& instance = ctx.add("aws_dms_replication_instance", Context::id(o, "instance"), o);
    instance.properties = {{"replication_instance_id", ctx.name(o, "dms-instance")},
                           {"replication_instance_class", ctx.value(p.instance().class_())},
                           {"allocated_storage", PValue::i(p.instance().storage().gib())},
                           {"multi_az", ctx.value(p.instance().multi_az())},
                           {"publicly_accessible", PValue::b(false)},
                           {"replication_subnet_group_id", PValue::refTo(Context::id(o, "subnets"), "id")},
                           {"vpc_security_group_ids", PValue::list({securityGroupRef(o, "sg")})},
                           {"apply_immediately", PValue::b(true)}};
    if (const ir::Object* key = ctx.objectOrNull(p.key())) instance.properties.emplace_back("kms_key_arn", ctx.attribute(*key, "arn"));
    instance.properties.emplace_back("tags", ctx.tags());

    bool target_cluster = ends.target.kind == "cluster";
    endpoint(ctx, o, "source", ends.source_secret, engines.source, ctx.value(fields::Source(ends.source).database()),
             engines.source_ssl);
    endpoint(ctx, o, "target", ends.target_secret, engines.target,
             ctx.value(target_cluster ? fields::Cluster(ends.target).database() : fields::Database(ends.target).database()),
             engines.target_ssl);

    model::Resource& task = ctx.add("aws_dms_replication_task", Context::id(o, "task"), o);
    task.properties = {{"replication_task_id", ctx.name(o, "dms-task")},
                       {"migration_type", PValue::s(engines.migration_type)},
                       {"replication_instance_arn", PValue::refTo(Context::id(o, "instance"), "replication_instance_arn")},
                       {"source_endpoint_arn", PValue::refTo(Context::id(o, "source"), "endpoint_arn")},
                       {"target_endpoint_arn", PValue::refTo(Context::id(o, "target"), "endpoint_arn")},
                       {"table_mappings", PValue::json(tableMappings(o, engines))},
                       {"replication_task_settings", PValue::json(taskSettings(o))},
                       // A known ARN suffix gives alarms a known metric dimension.
                       {"resource_identifier", ctx.name(o, "dms-task")},
                       {"tags", ctx.tags()}};
    // Logging starts with the task: the role must be usable by then.
    if (logs_role) task.depends_on.push_back("dms_cloudwatch_logs_role_policy");
    eventSubscriptions(ctx, o);
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    if (attr == "instance_arn") return PValue::refTo(Context::id(o, "instance"), "replication_instance_arn");
    if (attr == "source_endpoint_arn") return PValue::refTo(Context::id(o, "source"), "endpoint_arn");
    if (attr == "target_endpoint_arn") return PValue::refTo(Context::id(o, "target"), "endpoint_arn");
    if (attr == "subnet_group_id") return PValue::refTo(Context::id(o, "subnets"), "id");
    if (attr == "security_group_id") return securityGroupRef(o, "sg");
    return PValue::refTo(Context::id(o, "task"), "replication_task_arn");
  };
  // Task metrics are published with the instance and the task (its resource id).
  k.dimension = [](Context& ctx, const ir::Object& o, std::string_view dimension) {
    return ctx.name(o, dimension == "ReplicationInstanceIdentifier" ? "dms-instance" : "dms-task");
  };
  return k;
}

}  // namespace migc::lower
