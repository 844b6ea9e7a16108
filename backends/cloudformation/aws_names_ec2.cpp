// Amazon VPC and EC2 networking: VPCs, subnets, gateways, routes, endpoints
// and security groups.
#include <array>

#include "cloudformation/aws_names.h"

namespace migc::cloudformation {
namespace {

constexpr auto kTypes = std::to_array<TypeName>({
    {"aws_vpc", "AWS::EC2::VPC", "id"},
    {"aws_subnet", "AWS::EC2::Subnet", "id"},
    {"aws_internet_gateway", "AWS::EC2::InternetGateway", "id"},
    {"aws_route_table", "AWS::EC2::RouteTable", "id"},
    {"aws_route", "AWS::EC2::Route", "id", TagStyle::None},
    {"aws_route_table_association", "AWS::EC2::SubnetRouteTableAssociation", "id", TagStyle::None},
    {"aws_eip", "AWS::EC2::EIP", "public_ip"},
    {"aws_nat_gateway", "AWS::EC2::NatGateway", "id"},
    {"aws_vpc_endpoint", "AWS::EC2::VPCEndpoint", "id"},
    {"aws_security_group", "AWS::EC2::SecurityGroup", "id"},
    {"aws_vpc_security_group_ingress_rule", "AWS::EC2::SecurityGroupIngress", "id", TagStyle::None},
    {"aws_vpc_security_group_egress_rule", "AWS::EC2::SecurityGroupEgress", "id", TagStyle::None},
});

constexpr auto kProperties = std::to_array<PropertyName>({
    {"aws_security_group", "name", "GroupName"},
    {"aws_security_group", "description", "GroupDescription"},
    {"aws_vpc_security_group_ingress_rule", "security_group_id", "GroupId"},
    {"aws_vpc_security_group_ingress_rule", "referenced_security_group_id", "SourceSecurityGroupId"},
    {"aws_vpc_security_group_ingress_rule", "cidr_ipv4", "CidrIp"},
    {"aws_vpc_security_group_egress_rule", "security_group_id", "GroupId"},
    {"aws_vpc_security_group_egress_rule", "referenced_security_group_id", "DestinationSecurityGroupId"},
    {"aws_vpc_security_group_egress_rule", "cidr_ipv4", "CidrIp"},
});

constexpr auto kAttributes = std::to_array<AttributeName>({
    // Ref of a VPC security group is its id too; GetAtt GroupId says so explicitly.
    {"aws_security_group", "id", "GroupId"},
    {"aws_eip", "id", "AllocationId"},
});

}  // namespace

NameTables ec2Names() { return {kTypes, kProperties, kAttributes, {}}; }

}  // namespace migc::cloudformation
