#include "sema/kinds/kind_helpers.h"

namespace migc::sema {
using namespace kinds;

// An application on ECS Fargate behind an Application Load Balancer. Blue and
// green are two ECS services (one per target group) sharing the ALB; the
// listener splits traffic by weight, so a release is shifted by editing the
// weights, on every target alike.
const KindSchema& serviceSchema() {
  static const KindSchema schema = [] {
    static const KindSchema scale = [] {
      KindSchema b{"scale", "Target-tracking autoscaling of the task count: one policy per utilisation target.", {}, {}};
      b.field("cpu", types::percent(), "Average CPU utilisation the service is kept at.").default_value =
          ir::Value::ofQuantity(60, ir::Dimension::Percent);
      b.field("memory", types::percent(), "Average memory utilisation the service is kept at.").default_value =
          ir::Value::ofQuantity(70, ir::Dimension::Percent);
      return b;
    }();
    static const KindSchema deployment = [] {
      KindSchema b{"deployment", "Blue/green: the share of listener traffic each colour gets (ALB weights, 0 to 999).", {}, {}};
      FieldSchema& blue = constant(b.field("blue", types::integer(), "Weight of the blue service (the current release)."));
      blue.default_value = ir::Value::ofInt(100);
      blue.min = 0;
      blue.max = 999;
      FieldSchema& green = constant(b.field("green", types::integer(), "Weight of the green service (the next release)."));
      green.default_value = ir::Value::ofInt(0);
      green.min = 0;
      green.max = 999;
      b.field("green_image", types::string(), "The image the green service runs (default: the service's image).");
      return b;
    }();
    KindSchema s{"service",
                 "An application on ECS Fargate behind an internet-facing Application Load Balancer (HTTPS with a "
                 "certificate), in blue and green services with weighted target groups and CPU/memory target-tracking "
                 "autoscaling; the tasks reach the databases they are given.",
                 {}, {}};
    required(s.field("network", types::ref("network"),
                     "The network: the load balancer uses its public subnets, the tasks its private subnets."));
    required(s.field("image", types::string(), "The container image, e.g. \"123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1.4\"."));
    FieldSchema& port = s.field("port", types::integer(), "The port the container listens on.");
    port.default_value = ir::Value::ofInt(8080);
    port.min = 1;
    port.max = 65535;
    FieldSchema& listener = s.field("listener_port", types::integer(),
                                    "The port the load balancer listens on for HTTP (with a certificate, it redirects to HTTPS on 443).");
    listener.default_value = ir::Value::ofInt(80);
    listener.min = 1;
    listener.max = 65535;
    s.field("certificate", types::string(),
            "An ACM certificate ARN in the service's region, usually a param: the load balancer then serves HTTPS on 443 "
            "with it and answers plain HTTP with a 301 redirect to HTTPS.");
    s.field("ssl_policy", types::string(), "The HTTPS listener's TLS policy (TLS 1.2 and 1.3 only); needs a certificate.")
        .default_value = str("ELBSecurityPolicy-TLS13-1-2-2021-06");
    constant(s.field("cpu", types::integer(), "Task CPU units: 256, 512, 1024, 2048, 4096, 8192 or 16384 (1024 = 1 vCPU)."))
        .default_value = ir::Value::ofInt(256);
    s.field("memory", types::size(), "Task memory; the allowed values depend on cpu (256 takes 512MiB, 1GiB or 2GiB).")
        .default_value = ir::Value::ofQuantity(512 * 1048576.0, ir::Dimension::Size);
    FieldSchema& desired = s.field("desired_count", types::integer(), "Tasks each colour starts with.");
    desired.default_value = ir::Value::ofInt(2);
    desired.min = 0;
    FieldSchema& min = s.field("min_count", types::integer(), "Fewest tasks autoscaling keeps.");
    min.default_value = ir::Value::ofInt(1);
    min.min = 0;
    FieldSchema& max = s.field("max_count", types::integer(), "Most tasks autoscaling starts.");
    max.default_value = ir::Value::ofInt(4);
    max.min = 1;
    s.field("health_check", types::string(), "The HTTP path the load balancer probes; a 200-399 answer is healthy.")
        .default_value = str("/");
    s.field("environment", types::mapOf(types::any()),
            "Plain environment variables; values may reference declarations, e.g. { DB_HOST = aurora.endpoint }. "
            "A database named here is one the tasks reach (security-group rules on its port); a setting named "
            "here (DB_PARAM = db_endpoint.name) is one they read: the task role may ssm:GetParameter it, and "
            "decrypt it through SSM when it is a SecureString under the program's key.")
        .default_value = emptyMap();
    s.field("secrets", types::mapOf(types::ref("secret")),
            "Environment variables filled from secrets at start, e.g. { DB_CREDENTIALS = master } (the secret's JSON).")
        .default_value = emptyMap();
    FieldSchema& retention = s.field("log_retention", types::duration(), "How long container logs are kept.");
    retention.default_value = days(30);
    retention.min = 1 * kDay;
    retention.max = 3653 * kDay;
    s.field("access_logs", types::ref("bucket"),
            "The bucket the load balancer writes its access logs to, under the prefix <service name>/ (ELB writes "
            "them to S3 only; the bucket must use S3-managed encryption). The bucket's policy admits the log delivery.");
    s.field("scale", types::block(scale), "Autoscaling targets.").default_value = emptyMap();
    s.field("deployment", types::block(deployment), "Blue/green traffic weights.").default_value = emptyMap();
    s.attribute("url", types::string(), "https://<load balancer DNS name> with a certificate, else http://<load balancer DNS name>.");
    s.attribute("dns_name", types::string(), "The load balancer's DNS name.");
    s.attribute("alb_arn", types::string(), "The load balancer ARN.");
    s.attribute("cluster_name", types::string(), "The ECS cluster name.");
    s.metric("cpu", {"AWS/ECS", "CPUUtilization", "Percent", "ClusterName,ServiceName"}, "CPU utilisation of the blue service.");
    s.metric("memory", {"AWS/ECS", "MemoryUtilization", "Percent", "ClusterName,ServiceName"}, "Memory utilisation of the blue service.");
    s.metric("target_5xx", {"AWS/ApplicationELB", "HTTPCode_Target_5XX_Count", "Count", "LoadBalancer"},
             "5xx answers from the tasks, both colours.");
    s.metric("response_time", {"AWS/ApplicationELB", "TargetResponseTime", "Seconds", "LoadBalancer"},
             "Time the tasks take to answer, both colours.");
    return s;
  }();
  return schema;
}

}  // namespace migc::sema
