#include "cfn/kinds.h"

namespace migc::cfn {

PValue zone(int64_t index) {
  // The stack's region's zones, in order: no account-specific names in the template.
  return PValue::object({{"Fn::Select", PValue::list({PValue::i(index), PValue::object({{"Fn::GetAZs", PValue::s("")}})})}});
}

namespace {
void publicSubnets(Context& ctx, const ir::Object& o, int zones, const std::string& cidr);
void privateRouting(Context& ctx, const ir::Object& o, int zones);
}  // namespace

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
    if (lowering::flag(o, "public_subnets")) publicSubnets(ctx, o, zones, cidr);
    privateRouting(ctx, o, zones);
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    if (attr == "private_subnet_ids") return subnetIds(o);
    return PValue::refTo(Context::id(o, "vpc"));
  };
  return k;
}

namespace {

void publicSubnets(Context& ctx, const ir::Object& o, int zones, const std::string& cidr) {
  std::string vpc_id = Context::id(o, "vpc");
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
}

// Private route tables for NAT gateways and gateway endpoints: one per NAT
// gateway (per zone), else one for the network.
void privateRouting(Context& ctx, const ir::Object& o, int zones) {
  std::string nat = lowering::text(o, "nat");
  const ir::Value& endpoints = lowering::field(o, "endpoints");
  if (nat == "none" && endpoints.items.empty()) return;
  std::string vpc_id = Context::id(o, "vpc");
  int gateways = nat == "per_zone" ? zones : nat == "single" ? 1 : 0;
  for (int g = 0; g < gateways; ++g) {
    std::string suffix = gateways > 1 ? "_" + std::to_string(g + 1) : "";
    model::Resource& eip = ctx.add("AWS::EC2::EIP", Context::id(o, "nat_ip" + suffix), o);
    eip.properties = {{"Domain", PValue::s("vpc")}, {"Tags", ctx.tags()}};
    eip.depends_on.push_back(Context::id(o, "igw_attachment"));
    model::Resource& gw = ctx.add("AWS::EC2::NatGateway", Context::id(o, "nat" + suffix), o);
    gw.properties = {{"AllocationId", PValue::refTo(Context::id(o, "nat_ip" + suffix), "AllocationId")},
                     {"SubnetId", PValue::refTo(Context::id(o, "public_" + std::to_string(g + 1)))},
                     {"Tags", ctx.tags()}};
  }
  int tables = gateways > 1 ? gateways : 1;
  std::vector<PValue> table_ids;
  for (int t = 0; t < tables; ++t) {
    std::string suffix = tables > 1 ? "_" + std::to_string(t + 1) : "";
    std::string table_id = Context::id(o, "private_routes" + suffix);
    model::Resource& table = ctx.add("AWS::EC2::RouteTable", table_id, o);
    table.properties = {{"VpcId", PValue::refTo(vpc_id)}, {"Tags", ctx.tags()}};
    table_ids.push_back(PValue::refTo(table_id));
    if (gateways > 0) {
      model::Resource& route = ctx.add("AWS::EC2::Route", Context::id(o, "private_default_route" + suffix), o);
      route.properties = {{"RouteTableId", PValue::refTo(table_id)},
                          {"DestinationCidrBlock", PValue::s("0.0.0.0/0")},
                          {"NatGatewayId", PValue::refTo(Context::id(o, "nat" + suffix))}};
    }
  }
  for (int i = 0; i < zones; ++i) {
    std::string n = std::to_string(i + 1);
    model::Resource& assoc =
        ctx.add("AWS::EC2::SubnetRouteTableAssociation", Context::id(o, "private_" + n + "_routes"), o);
    assoc.properties = {{"SubnetId", PValue::refTo(Context::id(o, "private_" + n))},
                        {"RouteTableId", table_ids[tables > 1 ? i : 0]}};
  }
  for (const ir::Value& service : endpoints.items) {
    model::Resource& ep = ctx.add("AWS::EC2::VPCEndpoint", Context::id(o, service.text + "_endpoint"), o);
    ep.properties = {{"VpcId", PValue::refTo(vpc_id)},
                     {"ServiceName", PValue::s("com.amazonaws." + ctx.currentRegion() + "." + service.text)},
                     {"VpcEndpointType", PValue::s("Gateway")},
                     {"RouteTableIds", PValue::list(table_ids)},
                     {"Tags", ctx.tags()}};
  }
}

}  // namespace

}  // namespace migc::cfn
