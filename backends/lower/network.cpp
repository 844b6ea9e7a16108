// A VPC with one private subnet per zone (and public subnets with an
// internet gateway when asked), NAT gateways for the private subnets (one
// for the network or one per zone) and free gateway endpoints for S3 and
// DynamoDB.
#include "lower/common.h"
#include "lower/registry.h"

namespace migc::lower {
namespace {

constexpr const char* kAttachmentWhy =
    "CloudFormation attaches an internet gateway to its VPC with a resource of its own (VPCGatewayAttachment); "
    "Terraform and Pulumi name the VPC on the gateway";

void publicSubnets(Context& ctx, const ir::Object& o, int zones, const std::string& cidr) {
  std::string vpc = Context::id(o, "vpc"), igw = Context::id(o, "igw"), attachment = Context::id(o, "igw_attachment");
  ctx.add("aws_internet_gateway", igw, o).properties = {
      {"vpc_id", PValue::onlyFor(Targets::Providers, kAttachmentWhy, PValue::refTo(vpc, "id"))}, {"tags", ctx.tags()}};
  model::Resource& attach = ctx.add("AWS::EC2::VPCGatewayAttachment", attachment, o);
  attach.targets = Targets::CloudFormation;
  attach.targets_reason = kAttachmentWhy;
  attach.properties = {{"vpc_id", PValue::refTo(vpc, "")}, {"internet_gateway_id", PValue::refTo(igw, "")}};
  ctx.add("aws_route_table", Context::id(o, "public_routes"), o).properties = {{"vpc_id", PValue::refTo(vpc, "id")},
                                                                                {"tags", ctx.tags()}};
  model::Resource& route = ctx.add("aws_route", Context::id(o, "public_default_route"), o);
  route.properties = {{"route_table_id", PValue::refTo(Context::id(o, "public_routes"), "id")},
                      {"destination_cidr_block", PValue::s("0.0.0.0/0")},
                      {"gateway_id", PValue::refTo(igw, "id")}};
  route.depends_on.push_back(attachment);  // the gateway must be attached first
  for (int i = 0; i < zones; ++i) {
    std::string n = std::to_string(i + 1);
    ctx.add("aws_subnet", Context::id(o, "public_" + n), o).properties = {
        {"vpc_id", PValue::refTo(vpc, "id")},
        {"cidr_block", PValue::s(subnetCidr(cidr, 128 + i, 8))},
        {"availability_zone", zone(ctx, i)},
        {"map_public_ip_on_launch", PValue::b(false)},
        {"tags", ctx.tags()}};
    ctx.add("aws_route_table_association", Context::id(o, "public_" + n + "_routes"), o).properties = {
        {"subnet_id", PValue::refTo(Context::id(o, "public_" + n), "id")},
        {"route_table_id", PValue::refTo(Context::id(o, "public_routes"), "id")}};
  }
}

// NAT gateways (in the public subnets) and gateway endpoints need route
// tables of their own for the private subnets: one per NAT gateway (per
// zone), else one for the network.
void privateRouting(Context& ctx, const ir::Object& o, int zones) {
  fields::Network net(o);
  const std::string& nat = net.nat().word();
  if (nat == "none" && net.endpoints().empty()) return;
  int gateways = nat == "per_zone" ? zones : nat == "single" ? 1 : 0;
  for (int g = 0; g < gateways; ++g) {
    std::string suffix = gateways > 1 ? "_" + std::to_string(g + 1) : "";
    model::Resource& eip = ctx.add("aws_eip", Context::id(o, "nat_ip" + suffix), o);
    eip.properties = {{"domain", PValue::s("vpc")}, {"tags", ctx.tags()}};
    eip.depends_on.push_back(Context::id(o, "igw_attachment"));
    model::Resource& gw = ctx.add("aws_nat_gateway", Context::id(o, "nat" + suffix), o);
    gw.properties = {{"allocation_id", PValue::refTo(Context::id(o, "nat_ip" + suffix), "id")},
                     {"subnet_id", PValue::refTo(Context::id(o, "public_" + std::to_string(g + 1)), "id")},
                     {"tags", ctx.tags()}};
    gw.depends_on.push_back(Context::id(o, "igw"));
  }
  int tables = gateways > 1 ? gateways : 1;
  std::vector<PValue> table_ids;
  for (int t = 0; t < tables; ++t) {
    std::string suffix = tables > 1 ? "_" + std::to_string(t + 1) : "";
    std::string table_id = Context::id(o, "private_routes" + suffix);
    ctx.add("aws_route_table", table_id, o).properties = {{"vpc_id", PValue::refTo(Context::id(o, "vpc"), "id")},
                                                          {"tags", ctx.tags()}};
    table_ids.push_back(PValue::refTo(table_id, "id"));
    if (gateways > 0)
      ctx.add("aws_route", Context::id(o, "private_default_route" + suffix), o).properties = {
          {"route_table_id", PValue::refTo(table_id, "id")},
          {"destination_cidr_block", PValue::s("0.0.0.0/0")},
          {"nat_gateway_id", PValue::refTo(Context::id(o, "nat" + suffix), "id")}};
  }
  for (int i = 0; i < zones; ++i) {
    std::string n = std::to_string(i + 1);
    ctx.add("aws_route_table_association", Context::id(o, "private_" + n + "_routes"), o).properties = {
        {"subnet_id", PValue::refTo(Context::id(o, "private_" + n), "id")},
        {"route_table_id", table_ids[tables > 1 ? i : 0]}};
  }
  for (const ir::typed::Word& service : net.endpoints().items())
    ctx.add("aws_vpc_endpoint", Context::id(o, service.word() + "_endpoint"), o).properties = {
        {"vpc_id", PValue::refTo(Context::id(o, "vpc"), "id")},
        {"service_name", PValue::s("com.amazonaws." + ctx.currentRegion() + "." + service.word())},
        {"vpc_endpoint_type", PValue::s("Gateway")},
        {"route_table_ids", PValue::list(table_ids)},
        {"tags", ctx.tags()}};
}

}  // namespace

template <>
KindLowering lowering<kind::network>() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    fields::Network net(o);
    std::string cidr = net.cidr().literal().value_or("10.0.0.0/16");
    ctx.add("aws_vpc", Context::id(o, "vpc"), o).properties = {{"cidr_block", PValue::s(cidr)},
                                                               {"enable_dns_support", PValue::b(true)},
                                                               {"enable_dns_hostnames", PValue::b(true)},
                                                               {"tags", ctx.tags()}};
    int zones = static_cast<int>(net.zones().constant());
    for (int i = 0; i < zones; ++i)
      ctx.add("aws_subnet", Context::id(o, "private_" + std::to_string(i + 1)), o).properties = {
          {"vpc_id", PValue::refTo(Context::id(o, "vpc"), "id")},
          {"cidr_block", PValue::s(subnetCidr(cidr, i, 8))},
          {"availability_zone", zone(ctx, i)},
          {"tags", ctx.tags()}};
    if (net.public_subnets().constant()) publicSubnets(ctx, o, zones, cidr);
    privateRouting(ctx, o, zones);
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    if (attr == "private_subnet_ids") return subnetIds(o);
    return PValue::refTo(Context::id(o, "vpc"), "id");
  };
  return k;
}

}  // namespace migc::lower
