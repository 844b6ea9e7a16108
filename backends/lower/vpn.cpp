// Site-to-site VPN: customer gateway (ipsec.1), a virtual private gateway
// attached to the network, a static-routes connection with one route per
// on-premises CIDR, and route propagation into the network's own private
// route tables when it has them (NAT or endpoints), else into a route table
// made for the private subnets (which otherwise use the VPC's main table).
#include "lower/registry.h"

namespace migc::lower {
namespace {

// The CIDRs a VPN routes statically: its own `routes`, else the network's
// on-premises ranges.
std::vector<PValue> routes(Context& ctx, const ir::Object& vpn) {
  std::vector<PValue> out;
  for (const ir::typed::Text& cidr : fields::Vpn(vpn).routes().items()) out.push_back(ctx.value(cidr));
  if (!out.empty()) return out;
  const ir::Object& network = ctx.object(fields::Vpn(vpn).network());
  for (const ir::typed::Text& cidr : fields::Network(network).onprem_cidrs().items()) out.push_back(ctx.value(cidr));
  return out;
}

// The private route tables the network lowers itself (network.cpp: one per
// NAT gateway with nat = per_zone, else one, and only when it has NAT or
// endpoints), by id suffix. A subnet takes one route table, so a VPN on
// such a network propagates into these rather than adding its own.
std::vector<std::string> networkPrivateRouteTables(const ir::Object& network) {
  fields::Network n(network);
  const std::string& nat = n.nat().word();
  if (nat == "none" && n.endpoints().empty()) return {};
  if (nat != "per_zone") return {"private_routes"};
  std::vector<std::string> out;
  for (int64_t i = 0; i < n.zones().constant(); ++i) out.push_back("private_routes_" + std::to_string(i + 1));
  return out;
}

}  // namespace

template <>
KindLowering lowering<kind::vpn>() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    fields::Vpn v(o);
    const ir::Object& network = ctx.object(v.network());
    std::string cgw = Context::id(o, "customer_gateway"), vgw = Context::id(o, "gateway"),
                attachment = Context::id(o, "gateway_attachment"), connection = Context::id(o, "connection");

    // bgp_asn is a string in the Terraform provider (it also takes 4-byte ASNs).
    ctx.add("aws_customer_gateway", cgw, o).properties = {
        {"bgp_asn", PValue::s(std::to_string(v.bgp_asn().constant()))},
        {"ip_address", ctx.value(v.customer_gateway_ip())},
        {"type", PValue::s("ipsec.1")},
        {"tags", ctx.tags()}};
    ctx.add("aws_vpn_gateway", vgw, o).properties = {
        {"type", PValue::onlyFor(Targets::CloudFormation, "CloudFormation requires the VPN gateway's type (ipsec.1, the only one)",
                                 PValue::s("ipsec.1"))},
        {"tags", ctx.tags()}};
    ctx.add("aws_vpn_gateway_attachment", attachment, o).properties = {{"vpc_id", ctx.attribute(network, "id")},
                                                                        {"vpn_gateway_id", PValue::refTo(vgw, "id")}};
    ctx.add("aws_vpn_connection", connection, o).properties = {{"customer_gateway_id", PValue::refTo(cgw, "id")},
                                                               {"vpn_gateway_id", PValue::refTo(vgw, "id")},
                                                               {"type", PValue::s("ipsec.1")},
                                                               {"static_routes_only", PValue::b(true)},
                                                               {"tags", ctx.tags()}};
    int n = 0;
    for (PValue& cidr : routes(ctx, o))
      ctx.add("aws_vpn_connection_route", Context::id(o, "route_" + std::to_string(++n)), o).properties = {
          {"destination_cidr_block", std::move(cidr)}, {"vpn_connection_id", PValue::refTo(connection, "id")}};

    // Propagation only works once the gateway is attached to the VPC.
    std::vector<std::string> tables;
    for (const std::string& t : networkPrivateRouteTables(network)) tables.push_back(Context::id(network, t));
    if (tables.empty()) {
      std::string table = Context::id(o, "private_routes");
      ctx.add("aws_route_table", table, o).properties = {{"vpc_id", ctx.attribute(network, "id")}, {"tags", ctx.tags()}};
      for (int64_t i = 0; i < fields::Network(network).zones().constant(); ++i) {
        std::string z = std::to_string(i + 1);
        ctx.add("aws_route_table_association", Context::id(o, "private_" + z + "_routes"), o).properties = {
            {"subnet_id", PValue::refTo(Context::id(network, "private_" + z), "id")},
            {"route_table_id", PValue::refTo(table, "id")}};
      }
      tables.push_back(table);
    }
    for (size_t i = 0; i < tables.size(); ++i) {
      std::string id = Context::id(o, "propagation" + (tables.size() > 1 ? "_" + std::to_string(i + 1) : ""));
      model::Resource& propagation = ctx.add("aws_vpn_gateway_route_propagation", id, o);
      propagation.properties = {{"vpn_gateway_id", PValue::refTo(vgw, "id")}, {"route_table_id", PValue::refTo(tables[i], "id")}};
      propagation.depends_on.push_back(attachment);
    }
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    return PValue::refTo(Context::id(o, attr == "gateway_id" ? "gateway" : "connection"), "id");
  };
  return k;
}

}  // namespace migc::lower
