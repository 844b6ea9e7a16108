#include "cfn/kinds.h"

namespace migc::cfn {

PValue zone(int64_t index) {
  // The stack's region's zones, in order: no account-specific names in the template.
  return PValue::object({{"Fn::Select", PValue::list({PValue::i(index), PValue::object({{"Fn::GetAZs", PValue::s("")}})})}});
}

KindLowering networkKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    std::string cidr = lowering::text(o, "cidr");
    std::string vpc_id = Context::id(o, "vpc");
    model::Resource& vpc = ctx.add("AWS::EC2::VPC", vpc_id, o);
    vpc.properties = {{"CidrBlock", PValue::s(cidr)},
                      {"EnableDnsSupport", PValue::b(true)},
                      {"EnableDnsHostnames", PValue::b(true)},
                      {"Tags", ctx.tags()}};
    int zones = static_cast<int>(lowering::integer(o, "zones"));
    for (int i = 0; i < zones; ++i) {
      model::Resource& subnet = ctx.add("AWS::EC2::Subnet", Context::id(o, "private_" + std::to_string(i + 1)), o);
      subnet.properties = {{"VpcId", PValue::refTo(vpc_id)},
                           {"CidrBlock", PValue::s(lowering::subnetCidr(cidr, i, 8))},
                           {"AvailabilityZone", zone(i)},
                           {"Tags", ctx.tags()}};
    }
    if (!lowering::flag(o, "public_subnets")) return;
    model::Resource& igw = ctx.add("AWS::EC2::InternetGateway", Context::id(o, "igw"), o);
    igw.properties = {{"Tags", ctx.tags()}};
    model::Resource& attach = ctx.add("AWS::EC2::VPCGatewayAttachment", Context::id(o, "igw_attachment"), o);
    attach.properties = {{"VpcId", PValue::refTo(vpc_id)}, {"InternetGatewayId", PValue::refTo(Context::id(o, "igw"))}};
    model::Resource& table = ctx.add("AWS::EC2::RouteTable", Context::id(o, "public_routes"), o);
    table.properties = {{"VpcId", PValue::refTo(vpc_id)}, {"Tags", ctx.tags()}};
    model::Resource& route = ctx.add("AWS::EC2::Route", Context::id(o, "public_default_route"), o);
    route.properties = {{"RouteTableId", PValue::refTo(Context::id(o, "public_routes"))},
                        {"DestinationCidrBlock", PValue::s("0.0.0.0/0")},
                        {"GatewayId", PValue::refTo(Context::id(o, "igw"))}};
    // The route needs the gateway attached first.
    route.depends_on.push_back(Context::id(o, "igw_attachment"));
    for (int i = 0; i < zones; ++i) {
      std::string n = std::to_string(i + 1);
      model::Resource& subnet = ctx.add("AWS::EC2::Subnet", Context::id(o, "public_" + n), o);
      subnet.properties = {{"VpcId", PValue::refTo(vpc_id)},
                           {"CidrBlock", PValue::s(lowering::subnetCidr(cidr, 128 + i, 8))},
                           {"AvailabilityZone", zone(i)},
                           {"MapPublicIpOnLaunch", PValue::b(false)},
                           {"Tags", ctx.tags()}};
      model::Resource& assoc = ctx.add("AWS::EC2::SubnetRouteTableAssociation", Context::id(o, "public_" + n + "_routes"), o);
      assoc.properties = {{"SubnetId", PValue::refTo(Context::id(o, "public_" + n))},
                          {"RouteTableId", PValue::refTo(Context::id(o, "public_routes"))}};
    }
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    if (attr == "private_subnet_ids") return subnetIds(o);
    return PValue::refTo(Context::id(o, "vpc"));
  };
  return k;
}

}  // namespace migc::cfn
