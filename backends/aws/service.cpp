// A Fargate service behind an ALB: an ECS cluster, a log group, execution
// and task roles, security groups (internet -> ALB -> tasks), the ALB with
// a blue and a green target group behind one weighted listener, and per
// colour a task definition, an ECS service and CPU/memory target tracking.
#include "aws/kinds.h"
#include "lowering/access_logs.h"
#include "lowering/iam.h"
#include "lowering/service.h"

namespace migc::aws {
namespace {

PValue publicSubnetIds(const ir::Object& network) {
  std::vector<PValue> ids;
  for (int64_t i = 0; i < lowering::integer(network, "zones"); ++i)
    ids.push_back(PValue::refTo(Context::id(network, "public_" + std::to_string(i + 1)), "id"));
  return PValue::list(std::move(ids));
}

void rule(Context& ctx, const ir::Object& o, bool ingress, std::string role, PValue group, std::string description,
          int64_t from, int64_t to, std::string peer_key, PValue peer) {
  model::Resource& r = ctx.add(ingress ? "aws_vpc_security_group_ingress_rule" : "aws_vpc_security_group_egress_rule",
                               Context::id(o, role), o);
  r.properties = {{"security_group_id", std::move(group)},
                  {"description", PValue::s(std::move(description))},
                  {"ip_protocol", PValue::s("tcp")},
                  {"from_port", PValue::i(from)},
                  {"to_port", PValue::i(to)},
                  {std::move(peer_key), std::move(peer)}};
}

PValue containerDefinitions(Context& ctx, const ir::Object& o, const lowering::ServiceFacts& f,
                            const lowering::ServiceColour& colour) {
  std::vector<PValue> environment, secrets;
  for (const auto& [name, value] : f.environment)
    environment.push_back(PValue::object({{"name", PValue::s(name)}, {"value", value}}));
  // valueFrom is the secret's ARN: ECS reads the value when a task starts.
  for (const auto& [name, secret] : f.secrets)
    secrets.push_back(PValue::object({{"name", PValue::s(name)}, {"valueFrom", ctx.attribute(*secret, "arn")}}));
  PValue container = PValue::object(
      {{"name", PValue::s(o.name)},
       {"image", PValue::s(colour.image)},
       {"essential", PValue::b(true)},
       {"portMappings", PValue::list({PValue::object({{"containerPort", PValue::i(f.port)}, {"protocol", PValue::s("tcp")}})})},
       {"environment", PValue::list(std::move(environment))},
       {"secrets", PValue::list(std::move(secrets))},
       {"logConfiguration",
        PValue::object({{"logDriver", PValue::s("awslogs")},
                        {"options", PValue::object({{"awslogs-group", PValue::refTo(Context::id(o, "logs"), "name")},
                                                    {"awslogs-region", PValue::s(ctx.program().regions.empty() ? "us-east-1" : ctx.program().regions.front())},
                                                    {"awslogs-stream-prefix", PValue::s(colour.name)}})}})}});
  return PValue::json(PValue::list({std::move(container)}));
}

}  // namespace

// The rule pair that lets a client reach each database it is given
// (lowering::reachedDatabases): egress from the client's group (its role
// `group`), and ingress on the database's group, owned by the database and
// named after the client. Also used by the security_group kind.
void databaseClientRules(Context& ctx, const ir::Object& client, const std::string& group, const std::string& who) {
  for (const lowering::DatabaseAccess& a : lowering::databaseAccess(ctx, client)) {
    rule(ctx, client, false, "to_" + a.db->name, securityGroupRef(client, group),
         a.engine + " to " + a.noun + " " + a.db->name, a.port, a.port, "referenced_security_group_id",
         securityGroupRef(*a.db, "sg"));
    ctx.add("aws_vpc_security_group_ingress_rule", Context::id(*a.db, "from_" + client.name), client).properties = {
        {"security_group_id", securityGroupRef(*a.db, "sg")},
        {"description", PValue::s(a.engine + " from " + who)},
        {"ip_protocol", PValue::s("tcp")},
        {"from_port", PValue::i(a.port)},
        {"to_port", PValue::i(a.port)},
        {"referenced_security_group_id", securityGroupRef(client, group)}};
  }
}

KindLowering serviceKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    const ir::Object& network = ctx.object(lowering::field(o, "network"));
    lowering::ServiceFacts f = lowering::serviceFacts(ctx, o);

    model::Resource& cluster = ctx.add("aws_ecs_cluster", Context::id(o, "cluster"), o);
    cluster.properties = {{"name", ctx.name(o, "cluster")}, {"tags", ctx.tags()}};
    model::Resource& logs = ctx.add("aws_cloudwatch_log_group", Context::id(o, "logs"), o);
    logs.properties = {{"name", ctx.name(o, "logs")},
                       {"retention_in_days", PValue::i(f.log_retention_days)},
                       {"tags", ctx.tags()}};

    // Execution role: what ECS needs to start a task (pull, log, read the
    // referenced secrets and nothing else). Task role: the application's own.
    model::Resource& exec = ctx.add("aws_iam_role", Context::id(o, "execution_role"), o);
    exec.properties = {{"name", ctx.name(o, "execution-role")},
                       {"assume_role_policy", PValue::json(lowering::assumeRolePolicy("ecs-tasks.amazonaws.com"))},
                       {"tags", ctx.tags()}};
    model::Resource& exec_policy = ctx.add("aws_iam_role_policy_attachment", Context::id(o, "execution_policy"), o);
    exec_policy.properties = {
        {"role", PValue::refTo(Context::id(o, "execution_role"), "name")},
        {"policy_arn", PValue::s("arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy")}};
    if (!f.secrets.empty()) {
      std::vector<const ir::Object*> secrets;
      for (const auto& [name, secret] : f.secrets) secrets.push_back(secret);
      model::Resource& read = ctx.add("aws_iam_role_policy", Context::id(o, "secrets_policy"), o);
      read.properties = {{"name", PValue::s("read-service-secrets")},
                         {"role", PValue::refTo(Context::id(o, "execution_role"), "id")},
                         {"policy", PValue::json(lowering::secretAccessPolicy(ctx, {"secretsmanager:GetSecretValue"}, secrets))}};
    }
    model::Resource& task_role = ctx.add("aws_iam_role", Context::id(o, "task_role"), o);
    task_role.properties = {{"name", ctx.name(o, "task-role")},
                            {"assume_role_policy", PValue::json(lowering::assumeRolePolicy("ecs-tasks.amazonaws.com"))},
                            {"tags", ctx.tags()}};

    // Internet -> ALB on the listener port; ALB -> tasks on the container port only.
    for (const char* role : {"alb_sg", "tasks_sg"}) {
      bool alb = std::string_view(role) == "alb_sg";
      model::Resource& sg = ctx.add("aws_security_group", Context::id(o, role), o);
      sg.properties = {{"name", ctx.name(o, alb ? "alb-sg" : "tasks-sg")},
                       {"description", PValue::s(alb ? "Load balancer of " + o.name : "Tasks of " + o.name)},
                       {"vpc_id", ctx.attribute(network, "id")},
                       {"tags", ctx.tags()}};
    }
    // With a certificate, plain HTTP is still admitted: its listener answers
    // with the redirect to HTTPS.
    rule(ctx, o, true, "alb_from_internet", securityGroupRef(o, "alb_sg"),
         f.https ? "HTTP from the internet, redirected to HTTPS" : "HTTP from the internet to the load balancer",
         f.listener_port, f.listener_port, "cidr_ipv4", PValue::s("0.0.0.0/0"));
    if (f.https)
      rule(ctx, o, true, "alb_https_from_internet", securityGroupRef(o, "alb_sg"), "HTTPS from the internet to the load balancer",
           443, 443, "cidr_ipv4", PValue::s("0.0.0.0/0"));
    rule(ctx, o, false, "alb_to_tasks", securityGroupRef(o, "alb_sg"), "Load balancer to the tasks' container port",
         f.port, f.port, "referenced_security_group_id", securityGroupRef(o, "tasks_sg"));
    rule(ctx, o, true, "tasks_from_alb", securityGroupRef(o, "tasks_sg"), "Container port from the load balancer only",
         f.port, f.port, "referenced_security_group_id", securityGroupRef(o, "alb_sg"));
    rule(ctx, o, false, "tasks_https", securityGroupRef(o, "tasks_sg"), "HTTPS to image registries and AWS APIs",
         443, 443, "cidr_ipv4", PValue::s("0.0.0.0/0"));
    databaseClientRules(ctx, o, "tasks_sg", "the tasks of service " + o.name);

    model::Resource& alb = ctx.add("aws_lb", Context::id(o, "alb"), o);
    alb.properties = {{"name", ctx.name(o, "alb")},
                      {"internal", PValue::b(false)},
                      {"load_balancer_type", PValue::s("application")},
                      {"security_groups", PValue::list({securityGroupRef(o, "alb_sg")})},
                      {"subnets", publicSubnetIds(network)},
                      {"drop_invalid_header_fields", PValue::b(true)},
                      {"enable_deletion_protection", PValue::b(false)}};
    if (const ir::Object* logs = ctx.objectOrNull(o.field("access_logs"))) {
      alb.properties.emplace_back("access_logs", PValue::block({{"bucket", ctx.attribute(*logs, "name")},
                                                                {"prefix", PValue::s(lowering::accessLogPrefix(o))},
                                                                {"enabled", PValue::b(true)}}));
      // ELB tests the bucket's permission when logging is turned on.
      alb.depends_on.push_back(Context::id(*logs, "policy"));
    }
    alb.properties.emplace_back("tags", ctx.tags());
    PValue forward = PValue::block({}, {}, false);
    for (const lowering::ServiceColour& c : f.colours) {
      model::Resource& tg = ctx.add("aws_lb_target_group", Context::id(o, c.name), o);
      tg.properties = {{"name", ctx.name(o, c.name + "-tg")},
                       {"port", PValue::i(f.port)},
                       {"protocol", PValue::s("HTTP")},
                       {"target_type", PValue::s("ip")},
                       {"vpc_id", ctx.attribute(network, "id")},
                       {"deregistration_delay", PValue::i(30)},
                       {"health_check", PValue::block({{"path", PValue::s(lowering::text(o, "health_check"))},
                                                       {"matcher", PValue::s("200-399")}})},
                       {"tags", ctx.tags()}};
      forward.fields.emplace_back("target_group", PValue::block({{"arn", PValue::refTo(Context::id(o, c.name), "arn")},
                                                                 {"weight", PValue::i(c.weight)}}));
    }
    PValue forward_action = PValue::block({{"type", PValue::s("forward")}, {"forward", forward}});
    model::Resource& listener = ctx.add("aws_lb_listener", Context::id(o, "listener"), o);
    listener.properties = {{"load_balancer_arn", PValue::refTo(Context::id(o, "alb"), "arn")},
                           {"port", PValue::i(f.listener_port)},
                           {"protocol", PValue::s("HTTP")}};
    if (f.https) {
      listener.properties.emplace_back(
          "default_action", PValue::block({{"type", PValue::s("redirect")},
                                           {"redirect", PValue::block({{"port", PValue::s("443")},
                                                                       {"protocol", PValue::s("HTTPS")},
                                                                       {"status_code", PValue::s("HTTP_301")}})}}));
      listener.properties.emplace_back("tags", ctx.tags());
      model::Resource& https = ctx.add("aws_lb_listener", Context::id(o, "https_listener"), o);
      https.properties = {{"load_balancer_arn", PValue::refTo(Context::id(o, "alb"), "arn")},
                          {"port", PValue::i(443)},
                          {"protocol", PValue::s("HTTPS")},
                          {"certificate_arn", f.certificate},
                          {"ssl_policy", PValue::s(f.ssl_policy)},
                          {"default_action", std::move(forward_action)},
                          {"tags", ctx.tags()}};
    } else {
      listener.properties.emplace_back("default_action", std::move(forward_action));
      listener.properties.emplace_back("tags", ctx.tags());
    }
    // The ECS services need their target groups attached to the forwarding listener.
    std::string forwarding_listener = Context::id(o, f.https ? "https_listener" : "listener");

    for (const lowering::ServiceColour& c : f.colours) {
      std::string task = c.name + "_task";
      model::Resource& def = ctx.add("aws_ecs_task_definition", Context::id(o, task), o);
      def.properties = {{"family", ctx.name(o, c.name + "-task")},
                        {"requires_compatibilities", PValue::list({PValue::s("FARGATE")})},
                        {"network_mode", PValue::s("awsvpc")},
                        {"cpu", PValue::s(std::to_string(f.cpu))},
                        {"memory", PValue::s(std::to_string(f.memory_mib))},
                        {"execution_role_arn", PValue::refTo(Context::id(o, "execution_role"), "arn")},
                        {"task_role_arn", PValue::refTo(Context::id(o, "task_role"), "arn")},
                        {"container_definitions", containerDefinitions(ctx, o, f, c)},
                        {"tags", ctx.tags()}};
      std::string service = c.name + "_service";
      model::Resource& svc = ctx.add("aws_ecs_service", Context::id(o, service), o);
      svc.properties = {
          {"name", ctx.name(o, c.name)},
          {"cluster", PValue::refTo(Context::id(o, "cluster"), "id")},
          {"task_definition", PValue::refTo(Context::id(o, task), "arn")},
          {"desired_count", PValue::i(f.desired)},
          {"launch_type", PValue::s("FARGATE")},
          {"network_configuration", PValue::block({{"subnets", subnetIds(ctx, network)},
                                                   {"security_groups", PValue::list({securityGroupRef(o, "tasks_sg")})},
                                                   {"assign_public_ip", PValue::b(false)}})},
          {"load_balancer", PValue::block({{"target_group_arn", PValue::refTo(Context::id(o, c.name), "arn")},
                                           {"container_name", PValue::s(o.name)},
                                           {"container_port", PValue::i(f.port)}})},
          {"tags", ctx.tags()}};
      svc.depends_on.push_back(forwarding_listener);
      // Autoscaling owns the task count after creation; a re-apply must not reset it.
      svc.ignore_changes.push_back("desired_count");

      std::string target = c.name + "_scaling";
      model::Resource& scalable = ctx.add("aws_appautoscaling_target", Context::id(o, target), o);
      scalable.properties = {
          {"service_namespace", PValue::s("ecs")},
          {"scalable_dimension", PValue::s("ecs:service:DesiredCount")},
          {"resource_id", PValue::concat({PValue::s("service/"), PValue::refTo(Context::id(o, "cluster"), "name"),
                                          PValue::s("/"), PValue::refTo(Context::id(o, service), "name")})},
          {"min_capacity", PValue::i(f.min)},
          {"max_capacity", PValue::i(f.max)},
          {"tags", ctx.tags()}};
      for (auto [metric, predefined, value] : {std::tuple{"cpu", "ECSServiceAverageCPUUtilization", f.cpu_target},
                                               std::tuple{"memory", "ECSServiceAverageMemoryUtilization", f.memory_target}}) {
        model::Resource& policy = ctx.add("aws_appautoscaling_policy", Context::id(o, c.name + "_" + metric), o);
        policy.properties = {
            {"name", ctx.name(o, c.name + "-" + metric)},
            {"policy_type", PValue::s("TargetTrackingScaling")},
            {"service_namespace", PValue::refTo(Context::id(o, target), "service_namespace")},
            {"scalable_dimension", PValue::refTo(Context::id(o, target), "scalable_dimension")},
            {"resource_id", PValue::refTo(Context::id(o, target), "resource_id")},
            {"target_tracking_scaling_policy_configuration",
             PValue::block({{"target_value", PValue::n(value)},
                            {"scale_in_cooldown", PValue::i(300)},
                            {"scale_out_cooldown", PValue::i(60)},
                            {"predefined_metric_specification",
                             PValue::block({{"predefined_metric_type", PValue::s(predefined)}})}})}};
      }
    }
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    std::string alb = Context::id(o, "alb");
    if (attr == "url") {
      bool https = lowering::field(o, "certificate").kind != ir::Value::Kind::Null;
      return PValue::concat({PValue::s(https ? "https://" : "http://"), PValue::refTo(alb, "dns_name")});
    }
    if (attr == "dns_name") return PValue::refTo(alb, "dns_name");
    if (attr == "dimension:LoadBalancer") return PValue::refTo(alb, "arn_suffix");
    if (attr == "dimension:ClusterName" || attr == "cluster_name") return PValue::refTo(Context::id(o, "cluster"), "name");
    if (attr == "dimension:ServiceName") return PValue::refTo(Context::id(o, "blue_service"), "name");
    return PValue::refTo(alb, "arn");
  };
  return k;
}

}  // namespace migc::aws
