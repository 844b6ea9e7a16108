// A VPC with one private subnet per zone (and public subnets with an
// internet gateway when asked).
#include "aws/kinds.h"

namespace migc::aws {
KindLowering networkKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    std::string cidr = lowering::text(o, "cidr");
    model::Resource& vpc = ctx.add("aws_vpc", Context::id(o, "vpc"), o);
    vpc.properties = {{"cidr_block", PValue::s(cidr)},
                      {"enable_dns_support", PValue::b(true)},
                      {"enable_dns_hostnames", PValue::b(true)},
                      {"tags", ctx.tags()}};
    int zones = static_cast<int>(lowering::integer(o, "zones"));
    bool public_subnets = lowering::flag(o, "public_subnets");
    for (int i = 0; i < zones; ++i) {
      model::Resource& subnet = ctx.add("aws_subnet", Context::id(o, "private_" + std::to_string(i + 1)), o);
      subnet.properties = {{"vpc_id", PValue::refTo(Context::id(o, "vpc"), "id")},
                           {"cidr_block", PValue::s(lowering::subnetCidr(cidr, i, 8))},
                           {"availability_zone", zone(ctx, i)},
                           {"tags", ctx.tags()}};
    }
    if (!public_subnets) return;
    model::Resource& igw = ctx.add("aws_internet_gateway", Context::id(o, "igw"), o);
    igw.properties = {{"vpc_id", PValue::refTo(Context::id(o, "vpc"), "id")}, {"tags", ctx.tags()}};
    model::Resource& table = ctx.add("aws_route_table", Context::id(o, "public_routes"), o);
    table.properties = {{"vpc_id", PValue::refTo(Context::id(o, "vpc"), "id")}, {"tags", ctx.tags()}};
    model::Resource& route = ctx.add("aws_route", Context::id(o, "public_default_route"), o);
    route.properties = {{"route_table_id", PValue::refTo(Context::id(o, "public_routes"), "id")},
                        {"destination_cidr_block", PValue::s("0.0.0.0/0")},
                        {"gateway_id", PValue::refTo(Context::id(o, "igw"), "id")}};
    for (int i = 0; i < zones; ++i) {
      std::string n = std::to_string(i + 1);
      model::Resource& subnet = ctx.add("aws_subnet", Context::id(o, "public_" + n), o);
      subnet.properties = {{"vpc_id", PValue::refTo(Context::id(o, "vpc"), "id")},
                           {"cidr_block", PValue::s(lowering::subnetCidr(cidr, 128 + i, 8))},
                           {"availability_zone", zone(ctx, i)},
                           {"map_public_ip_on_launch", PValue::b(false)},
                           {"tags", ctx.tags()}};
      model::Resource& assoc = ctx.add("aws_route_table_association", Context::id(o, "public_" + n + "_routes"), o);
      assoc.properties = {{"subnet_id", PValue::refTo(Context::id(o, "public_" + n), "id")},
                          {"route_table_id", PValue::refTo(Context::id(o, "public_routes"), "id")}};
    }
  };
  k.attribute = [](Context& ctx, const ir::Object& o, std::string_view attr) {
    if (attr == "private_subnet_ids") return subnetIds(ctx, o);
    return PValue::refTo(Context::id(o, "vpc"), "id");
  };
  return k;
}

}  // namespace migc::aws
