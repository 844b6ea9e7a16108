// Route 53, site-to-site VPN, and the EC2 launch templates of migrated
// servers.
#include <array>

#include "cloudformation/aws_names.h"

namespace migc::cloudformation {
namespace {

constexpr auto kTypes = std::to_array<TypeName>({
    {"aws_route53_zone", "AWS::Route53::HostedZone", "zone_id"},
    {"aws_route53_health_check", "AWS::Route53::HealthCheck", "id"},
    {"aws_route53_record", "AWS::Route53::RecordSet", "id", TagStyle::None},
    {"aws_customer_gateway", "AWS::EC2::CustomerGateway", "id"},
    {"aws_vpn_gateway", "AWS::EC2::VPNGateway", "id"},
    {"aws_vpn_gateway_attachment", "AWS::EC2::VPCGatewayAttachment", "id", TagStyle::None},
    {"aws_vpn_connection", "AWS::EC2::VPNConnection", "id"},
    {"aws_vpn_connection_route", "AWS::EC2::VPNConnectionRoute", "id", TagStyle::None},
    {"aws_vpn_gateway_route_propagation", "AWS::EC2::VPNGatewayRoutePropagation", "id", TagStyle::None},
    {"aws_launch_template", "AWS::EC2::LaunchTemplate", "id", TagStyle::Specification, false, {}, "launch-template"},
});

constexpr auto kProperties = std::to_array<PropertyName>({
    {"aws_route53_zone", "comment", "HostedZoneConfig.Comment"},
    {"aws_route53_zone", "force_destroy", "", Convert::Drop, {},
     "CloudFormation deletes only the records it created: delete the others first"},
    {"aws_route53_zone", "tags", "HostedZoneTags"},
    {"aws_route53_health_check", "fqdn", "HealthCheckConfig.FullyQualifiedDomainName"},
    {"aws_route53_health_check", "port", "HealthCheckConfig.Port"},
    {"aws_route53_health_check", "type", "HealthCheckConfig.Type"},
    {"aws_route53_health_check", "resource_path", "HealthCheckConfig.ResourcePath"},
    {"aws_route53_health_check", "request_interval", "HealthCheckConfig.RequestInterval"},
    {"aws_route53_health_check", "failure_threshold", "HealthCheckConfig.FailureThreshold"},
    {"aws_route53_health_check", "tags", "HealthCheckTags"},
    {"aws_route53_record", "zone_id", "HostedZoneId"},
    {"aws_route53_record", "ttl", "TTL", Convert::Text},
    {"aws_route53_record", "records", "ResourceRecords"},
    {"aws_route53_record", "weighted_routing_policy", ""},
    {"aws_route53_record", "weighted_routing_policy.weight", "Weight"},
    {"aws_customer_gateway", "bgp_asn", "BgpAsn", Convert::Number},
    {"aws_vpn_gateway_route_propagation", "route_table_id", "RouteTableIds", Convert::List},
    {"aws_launch_template", "name", "LaunchTemplateName"},
    {"aws_launch_template", "description", "VersionDescription"},
    {"aws_launch_template", "instance_type", "LaunchTemplateData.InstanceType"},
    {"aws_launch_template", "vpc_security_group_ids", "LaunchTemplateData.SecurityGroupIds"},
    {"aws_launch_template", "metadata_options", "LaunchTemplateData.MetadataOptions"},
    {"aws_launch_template", "tag_specifications", "LaunchTemplateData.TagSpecifications", Convert::List},
    {"aws_launch_template", "tag_specifications.tags", "Tags", Convert::KeyValueList},
});

constexpr auto kAttributes = std::to_array<AttributeName>({
    {"aws_route53_zone", "name_servers", "NameServers"},
});

}  // namespace

NameTables networkingNames() { return {kTypes, kProperties, kAttributes, {}}; }

}  // namespace migc::cloudformation
