// A Fargate service behind an ALB: an ECS cluster, a log group, execution
// and task roles, security groups (internet -> ALB -> tasks -> databases),
// the ALB (service_alb.cpp) with a blue and a green target group behind one
// weighted listener, and per colour a task definition, an ECS service and
// CPU/memory target tracking.
#include <algorithm>

#include <fmt/format.h>

#include "lower/common.h"
#include "lower/database_access.h"
#include "lower/iam.h"
#include "lower/registry.h"
#include "lower/secrets_endpoint.h"
#include "lower/service.h"

namespace migc::lower {
namespace {

// ECS environment values are strings; references stay symbolic.
PValue environmentValue(Context& ctx, const ir::Value& v) {
  using K = ir::Value::Kind;
  switch (v.kind) {
    case K::Int: return PValue::s(std::to_string(v.integer));
    case K::Number: return PValue::s(fmt::format("{}", v.number));
    case K::Bool: return PValue::s(v.boolean ? "true" : "false");
    default: return ctx.value(v);
  }
}

// The container of a colour's task definition, as ECS's JSON has it: Blocks
// are its property objects (CloudFormation capitalises their keys), Objects
// are maps (log options) whose keys are data.
PValue containerDefinitions(Context& ctx, const ir::Object& o, const ServiceColour& colour) {
  fields::Service s(o);
  std::vector<PValue> environment, secrets;
  for (const auto& [name, value] : s.environment().entries())
    environment.push_back(PValue::block({{"name", PValue::s(name)}, {"value", environmentValue(ctx, value.value())}}));
  // valueFrom is the secret's ARN: ECS reads the value when a task starts.
  for (const auto& [name, ref] : s.secrets().entries())
    if (const ir::Object* secret = ctx.objectOrNull(ref))
      secrets.push_back(PValue::block({{"name", PValue::s(name)}, {"valueFrom", ctx.attribute(*secret, "arn")}}));
  PValue container = PValue::block(
      {{"name", PValue::s(o.name)},
       {"image", colour.image},
       {"essential", PValue::b(true)},
       {"portMappings", PValue::list({PValue::block({{"containerPort", ctx.value(s.port())}, {"protocol", PValue::s("tcp")}})})},
       {"environment", PValue::list(std::move(environment))},
       {"secrets", PValue::list(std::move(secrets))},
       {"logConfiguration",
        PValue::block({{"logDriver", PValue::s("awslogs")},
                       {"options", PValue::object({{"awslogs-group", PValue::refTo(Context::id(o, "logs"), "name")},
                                                   // The service's own region, where its log group is.
                                                   {"awslogs-region", PValue::s(ctx.currentRegion())},
                                                   {"awslogs-stream-prefix", PValue::s(colour.name)}})}})}});
  return PValue::json(PValue::list({std::move(container)}));
}

void roles(Context& ctx, const ir::Object& o) {
  fields::Service s(o);
  // Execution role: what ECS needs to start a task (pull, log, read the
  // referenced secrets and nothing else). Task role: the application's own.
  std::string exec = Context::id(o, "execution_role");
  serviceRole(ctx, o, exec, ctx.name(o, "execution-role"), "ecs-tasks.amazonaws.com");
  attachManagedPolicy(ctx, o, exec, Context::id(o, "execution_policy"), "service-role/AmazonECSTaskExecutionRolePolicy");
  std::vector<const ir::Object*> secrets;
  for (const auto& [name, ref] : s.secrets().entries())
    if (const ir::Object* secret = ctx.objectOrNull(ref)) secrets.push_back(secret);
  if (!secrets.empty())
    rolePolicy(ctx, o, exec, Context::id(o, "secrets_policy"), PValue::s("read-service-secrets"),
               accessPolicy(ctx, {"secretsmanager:GetSecretValue"}, secrets));
  std::string task = Context::id(o, "task_role");
  serviceRole(ctx, o, task, ctx.name(o, "task-role"), "ecs-tasks.amazonaws.com");
  // A setting the environment names (DB_ENDPOINT_PARAM = db_endpoint.name,
  // or inside a string) is one the application reads at run time: the task role may read it (and
  // decrypt a SecureString under the program's key), that parameter only.
  std::vector<const ir::Object*> settings = environmentNames(ctx, o).settings;
  if (!settings.empty())
    rolePolicy(ctx, o, task, Context::id(o, "settings_policy"), PValue::s("read-service-settings"),
               accessPolicy(ctx, {"ssm:GetParameter"}, settings));
}

void securityGroups(Context& ctx, const ir::Object& o, const ir::Object& network, const ServiceNetwork& n) {
  securityGroup(ctx, o, "alb_sg", ctx.name(o, "alb-sg"), PValue::s("Load balancer of " + o.name), ctx.attribute(network, "id"));
  securityGroup(ctx, o, "tasks_sg", ctx.name(o, "tasks-sg"), PValue::s("Tasks of " + o.name), ctx.attribute(network, "id"));
  // Internet -> ALB on the listener port; ALB -> tasks on the container port
  // only. With a certificate, plain HTTP is still admitted: its listener
  // answers with the redirect to HTTPS.
  PValue anywhere = PValue::s("0.0.0.0/0");
  securityGroupRule(ctx, o, true, Context::id(o, "alb_from_internet"), securityGroupRef(o, "alb_sg"),
                    n.https ? "HTTP from the internet, redirected to HTTPS" : "HTTP from the internet to the load balancer",
                    n.listener_port, "cidr_ipv4", anywhere);
  if (n.https)
    securityGroupRule(ctx, o, true, Context::id(o, "alb_https_from_internet"), securityGroupRef(o, "alb_sg"),
                      "HTTPS from the internet to the load balancer", PValue::i(443), "cidr_ipv4", anywhere);
  securityGroupRule(ctx, o, false, Context::id(o, "alb_to_tasks"), securityGroupRef(o, "alb_sg"),
                    "Load balancer to the tasks' container port", n.port, "referenced_security_group_id",
                    securityGroupRef(o, "tasks_sg"));
  securityGroupRule(ctx, o, true, Context::id(o, "tasks_from_alb"), securityGroupRef(o, "tasks_sg"),
                    "Container port from the load balancer only", n.port, "referenced_security_group_id",
                    securityGroupRef(o, "alb_sg"));
  securityGroupRule(ctx, o, false, Context::id(o, "tasks_https"), securityGroupRef(o, "tasks_sg"),
                    "HTTPS to image registries and AWS APIs", PValue::i(443), "cidr_ipv4", anywhere);
  databaseClientRules(ctx, o, "tasks_sg", "the tasks of service " + o.name);
  // ECS reads the secrets at task start through the task's network; where a
  // pipeline gave the network a Secrets Manager endpoint, its private DNS
  // sends those calls there, so the endpoint admits the tasks too.
  if (!fields::Service(o).secrets().empty())
    admitToSecretsManager(ctx, o, network, Context::id(o, "secretsmanager_in"), securityGroupRef(o, "tasks_sg"),
                          "Tasks of service " + o.name);
}

void scaling(Context& ctx, const ir::Object& o, const ServiceColour& c) {
  fields::Service s(o);
  std::string target = Context::id(o, c.name + "_scaling");
  ctx.add("aws_appautoscaling_target", target, o).properties = {
      {"service_namespace", PValue::s("ecs")},
      {"scalable_dimension", PValue::s("ecs:service:DesiredCount")},
      {"resource_id", PValue::concat({PValue::s("service/"), PValue::refTo(Context::id(o, "cluster"), "name"), PValue::s("/"),
                                      PValue::refTo(Context::id(o, c.name + "_service"), "name")})},
      {"min_capacity", ctx.value(s.min_count())},
      {"max_capacity", ctx.value(s.max_count())},
      {"tags", ctx.tags()}};
  const char* why = "CloudFormation's scaling policy names its scalable target; Terraform's repeats the target's keys";
  for (auto [metric, predefined, value] :
       {std::tuple{"cpu", "ECSServiceAverageCPUUtilization", s.scale().cpu().percent()},
        std::tuple{"memory", "ECSServiceAverageMemoryUtilization", s.scale().memory().percent()}}) {
    ctx.add("aws_appautoscaling_policy", Context::id(o, c.name + "_" + metric), o).properties = {
        {"name", ctx.name(o, c.name + "-" + metric)},
        {"policy_type", PValue::s("TargetTrackingScaling")},
        {"service_namespace", PValue::onlyFor(Targets::Providers, why, PValue::refTo(target, "service_namespace"))},
        {"scalable_dimension", PValue::onlyFor(Targets::Providers, why, PValue::refTo(target, "scalable_dimension"))},
        {"resource_id", PValue::onlyFor(Targets::Providers, why, PValue::refTo(target, "resource_id"))},
        {"scaling_target_id", PValue::onlyFor(Targets::CloudFormation, why, PValue::refTo(target, "id"))},
        {"target_tracking_scaling_policy_configuration",
         PValue::block({{"target_value", PValue::n(value)},
                        {"scale_in_cooldown", PValue::i(300)},
                        {"scale_out_cooldown", PValue::i(60)},
                        {"predefined_metric_specification", PValue::block({{"predefined_metric_type", PValue::s(predefined)}})}})}};
  }
}

void colour(Context& ctx, const ir::Object& o, const ir::Object& network, const ServiceColour& c,
            const std::string& forwarding_listener) {
  fields::Service s(o);
  std::string task = Context::id(o, c.name + "_task");
  ctx.add("aws_ecs_task_definition", task, o).properties = {
      {"family", ctx.name(o, c.name + "-task")},
      {"requires_compatibilities", PValue::list({PValue::s("FARGATE")})},
      {"network_mode", PValue::s("awsvpc")},
      {"cpu", PValue::s(std::to_string(s.cpu().constant()))},
      {"memory", PValue::s(std::to_string(s.memory().mib()))},
      {"execution_role_arn", PValue::refTo(Context::id(o, "execution_role"), "arn")},
      {"task_role_arn", PValue::refTo(Context::id(o, "task_role"), "arn")},
      {"container_definitions", containerDefinitions(ctx, o, c)},
      {"tags", ctx.tags()}};
  model::Resource& svc = ctx.add("aws_ecs_service", Context::id(o, c.name + "_service"), o);
  svc.properties = {{"name", ctx.name(o, c.name)},
                    {"cluster", PValue::refTo(Context::id(o, "cluster"), "id")},
                    {"task_definition", PValue::refTo(task, "arn")},
                    {"desired_count", ctx.value(s.desired_count())},
                    {"launch_type", PValue::s("FARGATE")},
                    {"network_configuration", PValue::block({{"subnets", subnetIds(network)},
                                                             {"security_groups", PValue::list({securityGroupRef(o, "tasks_sg")})},
                                                             {"assign_public_ip", PValue::b(false)}})},
                    {"load_balancer", PValue::block({{"target_group_arn", PValue::refTo(Context::id(o, c.name), "arn")},
                                                     {"container_name", PValue::s(o.name)},
                                                     {"container_port", ctx.value(s.port())}})},
                    {"tags", ctx.tags()}};
  svc.depends_on.push_back(forwarding_listener);
  // Autoscaling owns the task count after creation; a re-apply must not reset it.
  svc.ignore_changes.push_back("desired_count");
  scaling(ctx, o, c);
}

}  // namespace

template <>
KindLowering lowering<kind::service>() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    fields::Service s(o);
    const ir::Object& network = ctx.object(s.network());
    ServiceNetwork n = serviceNetwork(ctx, o);
    ctx.add("aws_ecs_cluster", Context::id(o, "cluster"), o).properties = {{"name", ctx.name(o, "cluster")},
                                                                           {"tags", ctx.tags()}};
    ctx.add("aws_cloudwatch_log_group", Context::id(o, "logs"), o).properties = {
        {"name", ctx.name(o, "logs")}, {"retention_in_days", PValue::i(logRetentionDays(s.log_retention()))}, {"tags", ctx.tags()}};
    roles(ctx, o);
    securityGroups(ctx, o, network, n);
    std::vector<ServiceColour> colours = serviceColours(ctx, o);
    std::string forwarding_listener = loadBalancer(ctx, o, network, n, colours);
    for (const ServiceColour& c : colours) colour(ctx, o, network, c, forwarding_listener);
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    std::string alb = Context::id(o, "alb");
    if (attr == "url")
      return PValue::concat({PValue::s(fields::Service(o).certificate().present() ? "https://" : "http://"),
                             PValue::refTo(alb, "dns_name")});
    if (attr == "dns_name") return PValue::refTo(alb, "dns_name");
    if (attr == "cluster_name") return PValue::refTo(Context::id(o, "cluster"), "name");
    return PValue::refTo(alb, "arn");
  };
  k.dimension = [](Context&, const ir::Object& o, std::string_view dimension) {
    if (dimension == "LoadBalancer") return PValue::refTo(Context::id(o, "alb"), "arn_suffix");
    if (dimension == "ClusterName") return PValue::refTo(Context::id(o, "cluster"), "name");
    return PValue::refTo(Context::id(o, "blue_service"), "name");  // ServiceName: the blue service's
  };
  return k;
}

}  // namespace migc::lower
