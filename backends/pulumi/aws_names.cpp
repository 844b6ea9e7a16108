#include "pulumi/aws_names.h"

#include <map>

#include <algorithm>
#include <array>
#include <utility>

namespace migc::pulumi {
namespace {

using Pair = std::pair<std::string_view, std::string_view>;

// Terraform type -> pulumi-aws v7 token; every token is in the 7.48.0 schema.
// v7 renamed the S3 family: aws_s3_bucket is `s3/bucket:Bucket` (v6 had
// `s3/bucketV2:BucketV2`, and v6's `s3/bucket:Bucket` was the legacy inline
// bucket), likewise BucketVersioning, BucketLifecycleConfiguration and
// BucketServerSideEncryptionConfiguration lost their V2 suffix.
constexpr auto kTokens = std::to_array<Pair>({
    {"aws_appautoscaling_policy", "aws:appautoscaling/policy:Policy"},
    {"aws_appautoscaling_target", "aws:appautoscaling/target:Target"},
    {"aws_backup_plan", "aws:backup/plan:Plan"},
    {"aws_backup_selection", "aws:backup/selection:Selection"},
    {"aws_backup_vault", "aws:backup/vault:Vault"},
    {"aws_cloudwatch_dashboard", "aws:cloudwatch/dashboard:Dashboard"},
    {"aws_cloudwatch_event_rule", "aws:cloudwatch/eventRule:EventRule"},
    {"aws_cloudwatch_event_target", "aws:cloudwatch/eventTarget:EventTarget"},
    {"aws_cloudwatch_log_group", "aws:cloudwatch/logGroup:LogGroup"},
    {"aws_cloudwatch_metric_alarm", "aws:cloudwatch/metricAlarm:MetricAlarm"},
    {"aws_customer_gateway", "aws:ec2/customerGateway:CustomerGateway"},
    {"aws_db_instance", "aws:rds/instance:Instance"},
    {"aws_db_parameter_group", "aws:rds/parameterGroup:ParameterGroup"},
    {"aws_db_subnet_group", "aws:rds/subnetGroup:SubnetGroup"},
    {"aws_dms_endpoint", "aws:dms/endpoint:Endpoint"},
    {"aws_dms_event_subscription", "aws:dms/eventSubscription:EventSubscription"},
    {"aws_dms_replication_instance", "aws:dms/replicationInstance:ReplicationInstance"},
    {"aws_dms_replication_subnet_group", "aws:dms/replicationSubnetGroup:ReplicationSubnetGroup"},
    {"aws_dms_replication_task", "aws:dms/replicationTask:ReplicationTask"},
    {"aws_dynamodb_table", "aws:dynamodb/table:Table"},
    {"aws_ecs_cluster", "aws:ecs/cluster:Cluster"},
    {"aws_ecs_service", "aws:ecs/service:Service"},
    {"aws_ecs_task_definition", "aws:ecs/taskDefinition:TaskDefinition"},
    {"aws_eip", "aws:ec2/eip:Eip"},
    {"aws_iam_policy", "aws:iam/policy:Policy"},
    {"aws_iam_role", "aws:iam/role:Role"},
    {"aws_iam_role_policy", "aws:iam/rolePolicy:RolePolicy"},
    {"aws_iam_role_policy_attachment", "aws:iam/rolePolicyAttachment:RolePolicyAttachment"},
    {"aws_internet_gateway", "aws:ec2/internetGateway:InternetGateway"},
    {"aws_kms_alias", "aws:kms/alias:Alias"},
    {"aws_kms_key", "aws:kms/key:Key"},
    {"aws_lambda_function", "aws:lambda/function:Function"},
    {"aws_lambda_permission", "aws:lambda/permission:Permission"},
    {"aws_launch_template", "aws:ec2/launchTemplate:LaunchTemplate"},
    {"aws_lb", "aws:lb/loadBalancer:LoadBalancer"},
    {"aws_lb_listener", "aws:lb/listener:Listener"},
    {"aws_lb_target_group", "aws:lb/targetGroup:TargetGroup"},
    {"aws_nat_gateway", "aws:ec2/natGateway:NatGateway"},
    {"aws_rds_cluster", "aws:rds/cluster:Cluster"},
    {"aws_rds_cluster_instance", "aws:rds/clusterInstance:ClusterInstance"},
    {"aws_rds_cluster_parameter_group", "aws:rds/clusterParameterGroup:ClusterParameterGroup"},
    {"aws_rds_global_cluster", "aws:rds/globalCluster:GlobalCluster"},
    {"aws_route", "aws:ec2/route:Route"},
    {"aws_route53_health_check", "aws:route53/healthCheck:HealthCheck"},
    {"aws_route53_record", "aws:route53/record:Record"},
    {"aws_route53_zone", "aws:route53/zone:Zone"},
    {"aws_route_table", "aws:ec2/routeTable:RouteTable"},
    {"aws_route_table_association", "aws:ec2/routeTableAssociation:RouteTableAssociation"},
    {"aws_s3_bucket", "aws:s3/bucket:Bucket"},
    {"aws_s3_bucket_lifecycle_configuration", "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration"},
    {"aws_s3_bucket_policy", "aws:s3/bucketPolicy:BucketPolicy"},
    {"aws_s3_bucket_public_access_block", "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock"},
    {"aws_s3_bucket_server_side_encryption_configuration", "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration"},
    {"aws_s3_bucket_versioning", "aws:s3/bucketVersioning:BucketVersioning"},
    {"aws_secretsmanager_secret", "aws:secretsmanager/secret:Secret"},
    {"aws_secretsmanager_secret_policy", "aws:secretsmanager/secretPolicy:SecretPolicy"},
    {"aws_secretsmanager_secret_version", "aws:secretsmanager/secretVersion:SecretVersion"},
    {"aws_security_group", "aws:ec2/securityGroup:SecurityGroup"},
    {"aws_sns_topic", "aws:sns/topic:Topic"},
    {"aws_sns_topic_policy", "aws:sns/topicPolicy:TopicPolicy"},
    {"aws_sns_topic_subscription", "aws:sns/topicSubscription:TopicSubscription"},
    {"aws_ssm_parameter", "aws:ssm/parameter:Parameter"},
    {"aws_subnet", "aws:ec2/subnet:Subnet"},
    {"aws_vpc", "aws:ec2/vpc:Vpc"},
    {"aws_vpc_endpoint", "aws:ec2/vpcEndpoint:VpcEndpoint"},
    {"aws_vpc_security_group_egress_rule", "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule"},
    {"aws_vpc_security_group_ingress_rule", "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule"},
    {"aws_vpn_connection", "aws:ec2/vpnConnection:VpnConnection"},
    {"aws_vpn_connection_route", "aws:ec2/vpnConnectionRoute:VpnConnectionRoute"},
    {"aws_vpn_gateway", "aws:ec2/vpnGateway:VpnGateway"},
    {"aws_vpn_gateway_attachment", "aws:ec2/vpnGatewayAttachment:VpnGatewayAttachment"},
    {"aws_vpn_gateway_route_propagation", "aws:ec2/vpnGatewayRoutePropagation:VpnGatewayRoutePropagation"},
});

// Blocks Terraform repeats (nesting list/set, no max_items = 1), by path.
// Generated from `terraform providers schema -json` for the types above and
// checked against the Pulumi schema (each is a plural list there).
constexpr auto kRepeatedBlocks = std::to_array<Pair>({
    {"aws_appautoscaling_policy", "step_scaling_policy_configuration.step_adjustment"},
    {"aws_appautoscaling_policy", "target_tracking_scaling_policy_configuration.customized_metric_specification.dimensions"},
    {"aws_appautoscaling_policy", "target_tracking_scaling_policy_configuration.customized_metric_specification.metrics"},
    {"aws_appautoscaling_policy", "target_tracking_scaling_policy_configuration.customized_metric_specification.metrics.metric_stat.metric.dimensions"},
    {"aws_backup_plan", "advanced_backup_setting"},
    {"aws_backup_plan", "rule"},
    {"aws_backup_plan", "rule.copy_action"},
    {"aws_backup_selection", "condition"},
    {"aws_backup_selection", "condition.string_equals"},
    {"aws_backup_selection", "condition.string_like"},
    {"aws_backup_selection", "condition.string_not_equals"},
    {"aws_backup_selection", "condition.string_not_like"},
    {"aws_backup_selection", "selection_tag"},
    {"aws_cloudwatch_event_target", "ecs_target.capacity_provider_strategy"},
    {"aws_cloudwatch_event_target", "ecs_target.ordered_placement_strategy"},
    {"aws_cloudwatch_event_target", "ecs_target.placement_constraint"},
    {"aws_cloudwatch_event_target", "run_command_targets"},
    {"aws_cloudwatch_event_target", "sagemaker_pipeline_target.pipeline_parameter_list"},
    {"aws_cloudwatch_metric_alarm", "metric_query"},
    {"aws_db_parameter_group", "parameter"},
    {"aws_dynamodb_table", "attribute"},
    {"aws_dynamodb_table", "global_secondary_index"},
    {"aws_dynamodb_table", "local_secondary_index"},
    {"aws_dynamodb_table", "replica"},
    {"aws_ecs_cluster", "setting"},
    {"aws_ecs_service", "capacity_provider_strategy"},
    {"aws_ecs_service", "load_balancer"},
    {"aws_ecs_service", "ordered_placement_strategy"},
    {"aws_ecs_service", "placement_constraints"},
    {"aws_ecs_service", "service_connect_configuration.log_configuration.secret_option"},
    {"aws_ecs_service", "service_connect_configuration.service"},
    {"aws_ecs_service", "volume_configuration.managed_ebs_volume.tag_specifications"},
    {"aws_ecs_service", "vpc_lattice_configurations"},
    {"aws_ecs_task_definition", "placement_constraints"},
    {"aws_ecs_task_definition", "volume"},
    {"aws_iam_role", "inline_policy"},
    {"aws_launch_template", "block_device_mappings"},
    {"aws_launch_template", "license_specification"},
    {"aws_launch_template", "network_interfaces"},
    {"aws_launch_template", "tag_specifications"},
    {"aws_lb", "subnet_mapping"},
    {"aws_lb_listener", "default_action"},
    {"aws_lb_listener", "default_action.forward.target_group"},
    {"aws_lb_target_group", "target_failover"},
    {"aws_lb_target_group", "target_health_state"},
    {"aws_rds_cluster_parameter_group", "parameter"},
    {"aws_route53_record", "geoproximity_routing_policy.coordinates"},
    {"aws_route53_zone", "vpc"},
    {"aws_s3_bucket", "cors_rule"},
    {"aws_s3_bucket", "grant"},
    {"aws_s3_bucket", "lifecycle_rule"},
    {"aws_s3_bucket", "lifecycle_rule.noncurrent_version_transition"},
    {"aws_s3_bucket", "lifecycle_rule.transition"},
    {"aws_s3_bucket", "replication_configuration.rules"},
    {"aws_s3_bucket_lifecycle_configuration", "rule"},
    {"aws_s3_bucket_lifecycle_configuration", "rule.noncurrent_version_transition"},
    {"aws_s3_bucket_lifecycle_configuration", "rule.transition"},
    {"aws_s3_bucket_server_side_encryption_configuration", "rule"},
    {"aws_secretsmanager_secret", "replica"},
    {"aws_vpc_endpoint", "subnet_configuration"},
});

struct Exception {
  std::string_view tfType;
  std::string_view path;
  PropertyName name;
};

// Inputs whose Pulumi name or shape is not the mechanical one.
constexpr auto kExceptions = std::to_array<Exception>({
    // Renamed by the bridge.
    {"aws_cloudwatch_metric_alarm", "alarm_name", {"name", Shape::Default}},
    {"aws_lambda_function", "function_name", {"name", Shape::Default}},
    {"aws_lambda_function", "filename", {"code", Shape::FileArchive}},
    {"aws_lambda_permission", "function_name", {"function", Shape::Default}},
    {"aws_sns_topic_subscription", "topic_arn", {"topic", Shape::Default}},
    // List-typed attributes with singular Terraform names are pluralised.
    {"aws_route_table", "route", {"routes", Shape::List}},
    {"aws_lambda_function", "image_config.command", {"commands", Shape::Default}},
    {"aws_lambda_function", "image_config.entry_point", {"entryPoints", Shape::Default}},
    {"aws_dynamodb_table", "import_table.input_format_options.csv.header_list", {"headerLists", Shape::Default}},
    // MaxItems=1 blocks that Pulumi keeps as (plural) lists.
    {"aws_route53_record", "alias", {"aliases", Shape::List}},
    {"aws_route53_record", "failover_routing_policy", {"failoverRoutingPolicies", Shape::List}},
    {"aws_route53_record", "geolocation_routing_policy", {"geolocationRoutingPolicies", Shape::List}},
    {"aws_route53_record", "latency_routing_policy", {"latencyRoutingPolicies", Shape::List}},
    {"aws_route53_record", "weighted_routing_policy", {"weightedRoutingPolicies", Shape::List}},
    {"aws_ecs_service", "service_connect_configuration.service.client_alias", {"clientAlias", Shape::List}},
    // Blocks the (plugin-framework) Terraform resource repeats but Pulumi
    // flattens to one object.
    {"aws_s3_bucket_lifecycle_configuration", "rule.abort_incomplete_multipart_upload",
     {"abortIncompleteMultipartUpload", Shape::Object}},
    {"aws_s3_bucket_lifecycle_configuration", "rule.expiration", {"expiration", Shape::Object}},
    {"aws_s3_bucket_lifecycle_configuration", "rule.filter", {"filter", Shape::Object}},
    {"aws_s3_bucket_lifecycle_configuration", "rule.filter.and", {"and", Shape::Object}},
    {"aws_s3_bucket_lifecycle_configuration", "rule.filter.tag", {"tag", Shape::Object}},
    {"aws_s3_bucket_lifecycle_configuration", "rule.noncurrent_version_expiration",
     {"noncurrentVersionExpiration", Shape::Object}},
    // Removed in pulumi-aws v7 (deprecated in Terraform 5.x).
    {"aws_eip", "vpc", {"", Shape::Unsupported}},
    {"aws_dms_endpoint", "s3_settings", {"", Shape::Unsupported}},
    {"aws_ecs_task_definition", "inference_accelerator", {"", Shape::Unsupported}},
    {"aws_launch_template", "elastic_gpu_specifications", {"", Shape::Unsupported}},
    {"aws_launch_template", "elastic_inference_accelerator", {"", Shape::Unsupported}},
});

// Outputs (what references read) whose Pulumi name is not camelCase(attr).
constexpr auto kAttributes = std::to_array<Exception>({
    {"aws_cloudwatch_metric_alarm", "alarm_name", {"name", Shape::Default}},
    {"aws_lambda_function", "function_name", {"name", Shape::Default}},
    {"aws_lambda_permission", "function_name", {"function", Shape::Default}},
    {"aws_sns_topic_subscription", "topic_arn", {"topic", Shape::Default}},
    {"aws_route_table", "route", {"routes", Shape::Default}},
    {"aws_route53_record", "alias", {"aliases", Shape::Default}},
    {"aws_rds_cluster", "master_user_secret", {"masterUserSecrets", Shape::Default}},
    {"aws_db_instance", "master_user_secret", {"masterUserSecrets", Shape::Default}},
    {"aws_db_instance", "listener_endpoint", {"listenerEndpoints", Shape::Default}},
    {"aws_vpc_endpoint", "dns_entry", {"dnsEntries", Shape::Default}},
    {"aws_vpn_connection", "vgw_telemetry", {"vgwTelemetries", Shape::Default}},
});

constexpr auto kObjectAttributes = std::to_array<Pair>({
    {"aws_route_table", "route"},
    {"aws_security_group", "egress"},
    {"aws_security_group", "ingress"},
});

template <typename Table>
auto findPair(const Table& table, std::string_view a, std::string_view b) {
  return std::find_if(table.begin(), table.end(), [&](const Pair& p) { return p.first == a && p.second == b; });
}

const Exception* findException(const auto& table, std::string_view tfType, std::string_view path) {
  auto it = std::find_if(table.begin(), table.end(),
                         [&](const Exception& e) { return e.tfType == tfType && e.path == path; });
  return it == table.end() ? nullptr : &*it;
}

}  // namespace

std::string_view typeToken(std::string_view tfType) {
  auto it = std::find_if(kTokens.begin(), kTokens.end(), [&](const Pair& p) { return p.first == tfType; });
  return it == kTokens.end() ? std::string_view() : it->second;
}

const PropertyName* propertyException(std::string_view tfType, std::string_view path) {
  static constexpr PropertyName kTimeouts{"", Shape::Unsupported};
  if (path == "timeouts") return &kTimeouts;
  const Exception* e = findException(kExceptions, tfType, path);
  return e ? &e->name : nullptr;
}

bool isRepeatedBlock(std::string_view tfType, std::string_view path) {
  return findPair(kRepeatedBlocks, tfType, path) != kRepeatedBlocks.end();
}

bool isObjectAttribute(std::string_view tfType, std::string_view path) {
  return findPair(kObjectAttributes, tfType, path) != kObjectAttributes.end();
}

std::string attributeName(std::string_view tfType, std::string_view attr) {
  if (const Exception* e = findException(kAttributes, tfType, attr)) return std::string(e->name.name);
  // A repeated block read as an attribute is a list under its plural name.
  if (isRepeatedBlock(tfType, attr)) return plural(camel(attr));
  return camel(attr);
}

std::string camel(std::string_view snake) {
  std::string out;
  bool up = false;
  for (char c : snake) {
    if (c == '_') {
      up = !out.empty();
      continue;
    }
    out += up && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    up = false;
  }
  return out;
}

std::string plural(std::string_view name) {
  std::string s(name);
  if (s.empty() || s.back() == 's') return s;
  auto ends = [&](std::string_view suf) { return s.size() >= suf.size() && s.ends_with(suf); };
  if (s.back() == 'y' && !(ends("ay") || ends("ey") || ends("oy") || ends("uy"))) return s.substr(0, s.size() - 1) + "ies";
  if (ends("x") || ends("ch") || ends("sh")) return s + "es";
  return s + "s";
}

std::string_view functionToken(std::string_view tfType) {
  // Data and ephemeral sources migc emits; each verified in the 7.48.0 schema.
  static const std::map<std::string_view, std::string_view> kFunctions = {
      {"aws_secretsmanager_random_password", "aws:secretsmanager/getRandomPassword:getRandomPassword"},
      {"aws_caller_identity", "aws:index/getCallerIdentity:getCallerIdentity"},
      {"aws_availability_zones", "aws:index/getAvailabilityZones:getAvailabilityZones"},
  };
  auto it = kFunctions.find(tfType);
  return it == kFunctions.end() ? std::string_view{} : it->second;
}

}  // namespace migc::pulumi
