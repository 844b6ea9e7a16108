// Amazon ECS, Elastic Load Balancing, Application Auto Scaling and
// CloudWatch Logs: what a Fargate service is made of.
#include <array>

#include "cloudformation/aws_names.h"

namespace migc::cloudformation {
namespace {

constexpr std::string_view kAttributesWhy =
    "CloudFormation sets these as key/value attributes; Terraform has an argument for each";

constexpr auto kTypes = std::to_array<TypeName>({
    {"aws_ecs_cluster", "AWS::ECS::Cluster", "name"},
    {"aws_cloudwatch_log_group", "AWS::Logs::LogGroup", "name", TagStyle::List, true},
    {"aws_ecs_task_definition", "AWS::ECS::TaskDefinition", "arn"},
    {"aws_ecs_service", "AWS::ECS::Service", "id"},
    {"aws_appautoscaling_target", "AWS::ApplicationAutoScaling::ScalableTarget", "id", TagStyle::None},
    {"aws_appautoscaling_policy", "AWS::ApplicationAutoScaling::ScalingPolicy", "id", TagStyle::None},
    {"aws_lb", "AWS::ElasticLoadBalancingV2::LoadBalancer", "arn"},
    {"aws_lb_target_group", "AWS::ElasticLoadBalancingV2::TargetGroup", "arn"},
    {"aws_lb_listener", "AWS::ElasticLoadBalancingV2::Listener", "arn", TagStyle::None},
});

constexpr auto kProperties = std::to_array<PropertyName>({
    {"aws_ecs_cluster", "name", "ClusterName"},
    {"aws_cloudwatch_log_group", "name", "LogGroupName"},
    {"aws_ecs_task_definition", "container_definitions", "ContainerDefinitions", Convert::JsonPascal},
    {"aws_ecs_service", "name", "ServiceName"},
    {"aws_ecs_service", "network_configuration", "NetworkConfiguration.AwsvpcConfiguration"},
    {"aws_ecs_service", "network_configuration.assign_public_ip", "AssignPublicIp", Convert::Words, "ENABLED|DISABLED"},
    {"aws_ecs_service", "load_balancer", "LoadBalancers", Convert::List},
    {"aws_appautoscaling_policy", "name", "PolicyName"},
    {"aws_lb", "internal", "Scheme", Convert::Words, "internal|internet-facing"},
    {"aws_lb", "load_balancer_type", "Type"},
    {"aws_lb", "drop_invalid_header_fields", "LoadBalancerAttributes", Convert::KeyValue,
     "routing.http.drop_invalid_header_fields.enabled", kAttributesWhy},
    {"aws_lb", "enable_deletion_protection", "LoadBalancerAttributes", Convert::KeyValue, "deletion_protection.enabled",
     kAttributesWhy},
    {"aws_lb", "access_logs", ""},
    {"aws_lb", "access_logs.bucket", "LoadBalancerAttributes", Convert::KeyValue, "access_logs.s3.bucket", kAttributesWhy},
    {"aws_lb", "access_logs.prefix", "LoadBalancerAttributes", Convert::KeyValue, "access_logs.s3.prefix", kAttributesWhy},
    {"aws_lb", "access_logs.enabled", "LoadBalancerAttributes", Convert::KeyValue, "access_logs.s3.enabled", kAttributesWhy},
    {"aws_lb_target_group", "deregistration_delay", "TargetGroupAttributes", Convert::KeyValue,
     "deregistration_delay.timeout_seconds", kAttributesWhy},
    {"aws_lb_target_group", "health_check", ""},
    {"aws_lb_target_group", "health_check.path", "HealthCheckPath"},
    {"aws_lb_target_group", "health_check.matcher", "Matcher.HttpCode"},
    {"aws_lb_listener", "default_action", "DefaultActions", Convert::List},
    {"aws_lb_listener", "default_action.forward", "ForwardConfig"},
    {"aws_lb_listener", "default_action.forward.target_group", "TargetGroups", Convert::List},
    {"aws_lb_listener", "default_action.forward.target_group.arn", "TargetGroupArn"},
    {"aws_lb_listener", "default_action.redirect", "RedirectConfig"},
    {"aws_lb_listener", "certificate_arn", "Certificates", Convert::WrapObject, "CertificateArn"},
});

constexpr auto kAttributes = std::to_array<AttributeName>({
    {"aws_ecs_cluster", "id", "Arn"},
    {"aws_ecs_cluster", "arn", "Arn"},
    {"aws_cloudwatch_log_group", "arn", "Arn"},
    {"aws_ecs_service", "name", "Name"},
    {"aws_lb", "dns_name", "DNSName"},
    {"aws_lb", "arn_suffix", "LoadBalancerFullName"},
});

}  // namespace

NameTables containerNames() { return {kTypes, kProperties, kAttributes, {}}; }

}  // namespace migc::cloudformation
