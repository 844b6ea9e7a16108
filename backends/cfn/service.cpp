// A Fargate service behind an ALB in CloudFormation: the same resources as
// the Terraform shape. Differences: container definitions are structured,
// security group egress is inline (a standalone egress rule would leave the
// default allow-all in place), and each ECS service DependsOn the listener
// (a target group must be attached to a load balancer before a service uses it).
#include "cfn/kinds.h"
#include "lowering/access_logs.h"
#include "lowering/iam.h"
#include "lowering/service.h"

namespace migc::cfn {
namespace {

PValue publicSubnetIds(const ir::Object& network) {
  std::vector<PValue> ids;
  for (int64_t i = 0; i < lowering::integer(network, "zones"); ++i)
    ids.push_back(PValue::refTo(Context::id(network, "public_" + std::to_string(i + 1))));
  return PValue::list(std::move(ids));
}

PValue egress(std::string description, int64_t port, std::string peer_key, PValue peer) {
  return PValue::object({{"Description", PValue::s(std::move(description))},
                         {"IpProtocol", PValue::s("tcp")},
                         {"FromPort", PValue::i(port)},
                         {"ToPort", PValue::i(port)},
                         {std::move(peer_key), std::move(peer)}});
}

void ingress(Context& ctx, const ir::Object& o, std::string role, PValue group, std::string description, int64_t port,
             std::string peer_key, PValue peer) {
  model::Resource& r = ctx.add("AWS::EC2::SecurityGroupIngress", Context::id(o, role), o);
  r.properties = {{"GroupId", std::move(group)},
                  {"Description", PValue::s(std::move(description))},
                  {"IpProtocol", PValue::s("tcp")},
                  {"FromPort", PValue::i(port)},
                  {"ToPort", PValue::i(port)},
                  {std::move(peer_key), std::move(peer)}};
}

PValue containerDefinitions(Context& ctx, const ir::Object& o, const lowering::ServiceFacts& f,
                            const lowering::ServiceColour& colour) {
  std::vector<PValue> environment, secrets;
  for (const auto& [name, value] : f.environment)
    environment.push_back(PValue::object({{"Name", PValue::s(name)}, {"Value", value}}));
  // ValueFrom is the secret's ARN (its Ref): ECS reads the value when a task starts.
  for (const auto& [name, secret] : f.secrets)
    secrets.push_back(PValue::object({{"Name", PValue::s(name)}, {"ValueFrom", ctx.attribute(*secret, "arn")}}));
  return PValue::list({PValue::object(
      {{"Name", PValue::s(o.name)},
       {"Image", PValue::s(colour.image)},
       {"Essential", PValue::b(true)},
       {"PortMappings", PValue::list({PValue::object({{"ContainerPort", PValue::i(f.port)}, {"Protocol", PValue::s("tcp")}})})},
       {"Environment", PValue::list(std::move(environment))},
       {"Secrets", PValue::list(std::move(secrets))},
       {"LogConfiguration",
        PValue::object({{"LogDriver", PValue::s("awslogs")},
                        {"Options", PValue::object({{"awslogs-group", PValue::refTo(Context::id(o, "logs"))},
                                                    {"awslogs-region", PValue::s(ctx.program().regions.empty() ? "us-east-1" : ctx.program().regions.front())},
                                                    {"awslogs-stream-prefix", PValue::s(colour.name)}})}})}})});
}

}  // namespace

// The databases a client reaches (lowering::reachedDatabases): adds the
// ingress rule on each database's group (owned by the database, named after
// the client) and returns the client group's egress entries, which are
// inline in the group. Also used by the security_group kind.
std::vector<PValue> databaseClientRules(Context& ctx, const ir::Object& client, const std::string& group,
                                        const std::string& who) {
  std::vector<PValue> out;
  for (const lowering::DatabaseAccess& a : lowering::databaseAccess(ctx, client)) {
    out.push_back(egress(a.engine + " to " + a.noun + " " + a.db->name, a.port, "DestinationSecurityGroupId", groupId(*a.db, "sg")));
    ctx.add("AWS::EC2::SecurityGroupIngress", Context::id(*a.db, "from_" + client.name), client).properties = {
        {"GroupId", groupId(*a.db, "sg")},
        {"Description", PValue::s(a.engine + " from " + who)},
        {"IpProtocol", PValue::s("tcp")},
        {"FromPort", PValue::i(a.port)},
        {"ToPort", PValue::i(a.port)},
        {"SourceSecurityGroupId", groupId(client, group)}};
  }
  return out;
}

KindLowering serviceKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    const ir::Object& network = ctx.object(lowering::field(o, "network"));
    lowering::ServiceFacts f = lowering::serviceFacts(ctx, o);

    model::Resource& cluster = ctx.add("AWS::ECS::Cluster", Context::id(o, "cluster"), o);
    cluster.properties = {{"ClusterName", ctx.name(o, "cluster")}, {"Tags", ctx.tags()}};
    model::Resource& logs = addStateful(ctx, "AWS::Logs::LogGroup", Context::id(o, "logs"), o);
    logs.properties = {{"LogGroupName", ctx.name(o, "logs")},
                       {"RetentionInDays", PValue::i(f.log_retention_days)},
                       {"Tags", ctx.tags()}};

    model::Fields exec_props = {
        {"RoleName", ctx.name(o, "execution-role")},
        {"AssumeRolePolicyDocument", lowering::assumeRolePolicy("ecs-tasks.amazonaws.com")},
        {"ManagedPolicyArns", PValue::list({PValue::s("arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy")})}};
    if (!f.secrets.empty()) {
      std::vector<const ir::Object*> secrets;
      for (const auto& [name, secret] : f.secrets) secrets.push_back(secret);
      exec_props.emplace_back(
          "Policies", PValue::list({PValue::object(
                          {{"PolicyName", PValue::s("read-service-secrets")},
                           {"PolicyDocument", lowering::secretAccessPolicy(ctx, {"secretsmanager:GetSecretValue"}, secrets)}})}));
    }
    exec_props.emplace_back("Tags", ctx.tags());
    ctx.add("AWS::IAM::Role", Context::id(o, "execution_role"), o).properties = std::move(exec_props);
    ctx.add("AWS::IAM::Role", Context::id(o, "task_role"), o).properties = {
        {"RoleName", ctx.name(o, "task-role")},
        {"AssumeRolePolicyDocument", lowering::assumeRolePolicy("ecs-tasks.amazonaws.com")},
        {"Tags", ctx.tags()}};

    // Internet -> ALB on the listener port; ALB -> tasks on the container port only.
    std::vector<PValue> task_egress = {egress("HTTPS to image registries and AWS APIs", 443, "CidrIp", PValue::s("0.0.0.0/0"))};
    for (PValue& rule : databaseClientRules(ctx, o, "tasks_sg", "the tasks of service " + o.name))
      task_egress.push_back(std::move(rule));
    ctx.add("AWS::EC2::SecurityGroup", Context::id(o, "tasks_sg"), o).properties = {
        {"GroupName", ctx.name(o, "tasks-sg")},
        {"GroupDescription", PValue::s("Tasks of " + o.name)},
        {"VpcId", ctx.attribute(network, "id")},
        {"SecurityGroupEgress", PValue::list(std::move(task_egress))},
        {"Tags", ctx.tags()}};
    // With a certificate, plain HTTP is still admitted: its listener answers
    // with the redirect to HTTPS.
    auto from_internet = [](std::string description, int64_t port) {
      return PValue::object({{"Description", PValue::s(std::move(description))},
                             {"IpProtocol", PValue::s("tcp")},
                             {"FromPort", PValue::i(port)},
                             {"ToPort", PValue::i(port)},
                             {"CidrIp", PValue::s("0.0.0.0/0")}});
    };
    std::vector<PValue> alb_ingress = {from_internet(
        f.https ? "HTTP from the internet, redirected to HTTPS" : "HTTP from the internet to the load balancer", f.listener_port)};
    if (f.https) alb_ingress.push_back(from_internet("HTTPS from the internet to the load balancer", 443));
    ctx.add("AWS::EC2::SecurityGroup", Context::id(o, "alb_sg"), o).properties = {
        {"GroupName", ctx.name(o, "alb-sg")},
        {"GroupDescription", PValue::s("Load balancer of " + o.name)},
        {"VpcId", ctx.attribute(network, "id")},
        {"SecurityGroupIngress", PValue::list(std::move(alb_ingress))},
        {"SecurityGroupEgress", PValue::list({egress("Load balancer to the tasks' container port", f.port,
                                                     "DestinationSecurityGroupId", groupId(o, "tasks_sg"))})},
        {"Tags", ctx.tags()}};
    ingress(ctx, o, "tasks_from_alb", groupId(o, "tasks_sg"), "Container port from the load balancer only", f.port,
            "SourceSecurityGroupId", groupId(o, "alb_sg"));

    auto attribute = [](std::string key, PValue value) {
      return PValue::object({{"Key", PValue::s(std::move(key))}, {"Value", std::move(value)}});
    };
    std::vector<PValue> alb_attributes = {attribute("routing.http.drop_invalid_header_fields.enabled", PValue::s("true")),
                                          attribute("deletion_protection.enabled", PValue::s("false"))};
    const ir::Object* log_bucket = ctx.objectOrNull(o.field("access_logs"));
    if (log_bucket) {
      alb_attributes.push_back(attribute("access_logs.s3.enabled", PValue::s("true")));
      alb_attributes.push_back(attribute("access_logs.s3.bucket", ctx.attribute(*log_bucket, "name")));
      alb_attributes.push_back(attribute("access_logs.s3.prefix", PValue::s(lowering::accessLogPrefix(o))));
    }
    model::Resource& alb = ctx.add("AWS::ElasticLoadBalancingV2::LoadBalancer", Context::id(o, "alb"), o);
    alb.properties = {{"Name", ctx.name(o, "alb")},
                      {"Scheme", PValue::s("internet-facing")},
                      {"Type", PValue::s("application")},
                      {"SecurityGroups", PValue::list({groupId(o, "alb_sg")})},
                      {"Subnets", publicSubnetIds(network)},
                      {"LoadBalancerAttributes", PValue::list(std::move(alb_attributes))},
                      {"Tags", ctx.tags()}};
    // ELB tests the bucket's permission when logging is turned on.
    if (log_bucket) alb.depends_on.push_back(Context::id(*log_bucket, "policy"));
    std::vector<PValue> weighted;
    for (const lowering::ServiceColour& c : f.colours) {
      ctx.add("AWS::ElasticLoadBalancingV2::TargetGroup", Context::id(o, c.name), o).properties = {
          {"Name", ctx.name(o, c.name + "-tg")},
          {"Port", PValue::i(f.port)},
          {"Protocol", PValue::s("HTTP")},
          {"TargetType", PValue::s("ip")},
          {"VpcId", ctx.attribute(network, "id")},
          {"HealthCheckPath", PValue::s(lowering::text(o, "health_check"))},
          {"Matcher", PValue::object({{"HttpCode", PValue::s("200-399")}})},
          {"TargetGroupAttributes",
           PValue::list({PValue::object({{"Key", PValue::s("deregistration_delay.timeout_seconds")}, {"Value", PValue::s("30")}})})},
          {"Tags", ctx.tags()}};
      weighted.push_back(PValue::object({{"TargetGroupArn", PValue::refTo(Context::id(o, c.name))}, {"Weight", PValue::i(c.weight)}}));
    }
    PValue forward = PValue::object(
        {{"Type", PValue::s("forward")}, {"ForwardConfig", PValue::object({{"TargetGroups", PValue::list(std::move(weighted))}})}});
    PValue redirect = PValue::object(
        {{"Type", PValue::s("redirect")},
         {"RedirectConfig", PValue::object({{"Port", PValue::s("443")}, {"Protocol", PValue::s("HTTPS")}, {"StatusCode", PValue::s("HTTP_301")}})}});
    ctx.add("AWS::ElasticLoadBalancingV2::Listener", Context::id(o, "listener"), o).properties = {
        {"LoadBalancerArn", PValue::refTo(Context::id(o, "alb"))},
        {"Port", PValue::i(f.listener_port)},
        {"Protocol", PValue::s("HTTP")},
        {"DefaultActions", PValue::list({f.https ? std::move(redirect) : forward})}};
    if (f.https)
      ctx.add("AWS::ElasticLoadBalancingV2::Listener", Context::id(o, "https_listener"), o).properties = {
          {"LoadBalancerArn", PValue::refTo(Context::id(o, "alb"))},
          {"Port", PValue::i(443)},
          {"Protocol", PValue::s("HTTPS")},
          {"Certificates", PValue::list({PValue::object({{"CertificateArn", f.certificate}})})},
          {"SslPolicy", PValue::s(f.ssl_policy)},
          {"DefaultActions", PValue::list({std::move(forward)})}};
    // The ECS services need their target groups attached to the forwarding listener.
    std::string forwarding_listener = Context::id(o, f.https ? "https_listener" : "listener");

    for (const lowering::ServiceColour& c : f.colours) {
      std::string task = c.name + "_task", service = c.name + "_service", target = c.name + "_scaling";
      ctx.add("AWS::ECS::TaskDefinition", Context::id(o, task), o).properties = {
          {"Family", ctx.name(o, c.name + "-task")},
          {"RequiresCompatibilities", PValue::list({PValue::s("FARGATE")})},
          {"NetworkMode", PValue::s("awsvpc")},
          {"Cpu", PValue::s(std::to_string(f.cpu))},
          {"Memory", PValue::s(std::to_string(f.memory_mib))},
          {"ExecutionRoleArn", PValue::refTo(Context::id(o, "execution_role"), "Arn")},
          {"TaskRoleArn", PValue::refTo(Context::id(o, "task_role"), "Arn")},
          {"ContainerDefinitions", containerDefinitions(ctx, o, f, c)},
          {"Tags", ctx.tags()}};
      model::Resource& svc = ctx.add("AWS::ECS::Service", Context::id(o, service), o);
      svc.properties = {
          {"ServiceName", ctx.name(o, c.name)},
          {"Cluster", PValue::refTo(Context::id(o, "cluster"))},
          {"TaskDefinition", PValue::refTo(Context::id(o, task))},
          {"DesiredCount", PValue::i(f.desired)},
          {"LaunchType", PValue::s("FARGATE")},
          {"NetworkConfiguration",
           PValue::object({{"AwsvpcConfiguration", PValue::object({{"Subnets", subnetIds(network)},
                                                                   {"SecurityGroups", PValue::list({groupId(o, "tasks_sg")})},
                                                                   {"AssignPublicIp", PValue::s("DISABLED")}})}})},
          {"LoadBalancers", PValue::list({PValue::object({{"TargetGroupArn", PValue::refTo(Context::id(o, c.name))},
                                                          {"ContainerName", PValue::s(o.name)},
                                                          {"ContainerPort", PValue::i(f.port)}})})},
          {"Tags", ctx.tags()}};
      svc.depends_on.push_back(forwarding_listener);

      ctx.add("AWS::ApplicationAutoScaling::ScalableTarget", Context::id(o, target), o).properties = {
          {"ServiceNamespace", PValue::s("ecs")},
          {"ScalableDimension", PValue::s("ecs:service:DesiredCount")},
          {"ResourceId", PValue::concat({PValue::s("service/"), PValue::refTo(Context::id(o, "cluster")), PValue::s("/"),
                                         PValue::refTo(Context::id(o, service), "Name")})},
          {"MinCapacity", PValue::i(f.min)},
          {"MaxCapacity", PValue::i(f.max)}};
      for (auto [metric, predefined, value] : {std::tuple{"cpu", "ECSServiceAverageCPUUtilization", f.cpu_target},
                                               std::tuple{"memory", "ECSServiceAverageMemoryUtilization", f.memory_target}}) {
        ctx.add("AWS::ApplicationAutoScaling::ScalingPolicy", Context::id(o, c.name + "_" + metric), o).properties = {
            {"PolicyName", ctx.name(o, c.name + "-" + metric)},
            {"PolicyType", PValue::s("TargetTrackingScaling")},
            {"ScalingTargetId", PValue::refTo(Context::id(o, target))},
            {"TargetTrackingScalingPolicyConfiguration",
             PValue::object({{"TargetValue", PValue::n(value)},
                             {"ScaleInCooldown", PValue::i(300)},
                             {"ScaleOutCooldown", PValue::i(60)},
                             {"PredefinedMetricSpecification",
                              PValue::object({{"PredefinedMetricType", PValue::s(predefined)}})}})}};
      }
    }
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    std::string alb = Context::id(o, "alb");
    if (attr == "url") {
      bool https = lowering::field(o, "certificate").kind != ir::Value::Kind::Null;
      return PValue::concat({PValue::s(https ? "https://" : "http://"), PValue::refTo(alb, "DNSName")});
    }
    if (attr == "dns_name") return PValue::refTo(alb, "DNSName");
    if (attr == "dimension:LoadBalancer") return PValue::refTo(alb, "LoadBalancerFullName");
    if (attr == "dimension:ClusterName" || attr == "cluster_name") return PValue::refTo(Context::id(o, "cluster"));
    if (attr == "dimension:ServiceName") return PValue::refTo(Context::id(o, "blue_service"), "Name");
    return PValue::refTo(alb);
  };
  return k;
}

}  // namespace migc::cfn
