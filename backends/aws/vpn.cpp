// Site-to-site VPN: customer gateway (ipsec.1), a virtual private gateway
// attached to the network, a static-routes connection with one route per
// on-premises CIDR, and route propagation into the network's own private
// route tables when it has them (NAT or endpoints), else into a route table
// made for the private subnets (which otherwise use the VPC's main table).
#include "aws/kinds.h"
#include "lowering/vpn.h"

namespace migc::aws {

KindLowering vpnKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    const ir::Object& network = ctx.object(lowering::field(o, "network"));
    std::string cgw = Context::id(o, "customer_gateway"), vgw = Context::id(o, "gateway"),
                attachment = Context::id(o, "gateway_attachment"), connection = Context::id(o, "connection");

    model::Resource& customer = ctx.add("aws_customer_gateway", cgw, o);
    // bgp_asn is a string in the provider (it also takes 4-byte ASNs).
    customer.properties = {{"bgp_asn", PValue::s(std::to_string(lowering::integer(o, "bgp_asn")))},
                           {"ip_address", ctx.value(lowering::field(o, "customer_gateway_ip"))},
                           {"type", PValue::s("ipsec.1")},
                           {"tags", ctx.tags()}};
    model::Resource& gateway = ctx.add("aws_vpn_gateway", vgw, o);
    gateway.properties = {{"tags", ctx.tags()}};
    model::Resource& attach = ctx.add("aws_vpn_gateway_attachment", attachment, o);
    attach.properties = {{"vpc_id", ctx.attribute(network, "id")}, {"vpn_gateway_id", PValue::refTo(vgw, "id")}};

    model::Resource& conn = ctx.add("aws_vpn_connection", connection, o);
    conn.properties = {{"customer_gateway_id", PValue::refTo(cgw, "id")},
                       {"vpn_gateway_id", PValue::refTo(vgw, "id")},
                       {"type", PValue::s("ipsec.1")},
                       {"static_routes_only", PValue::b(true)},
                       {"tags", ctx.tags()}};
    int n = 0;
    for (const std::string& cidr : lowering::vpnRoutes(ctx, o)) {
      model::Resource& route = ctx.add("aws_vpn_connection_route", Context::id(o, "route_" + std::to_string(++n)), o);
      route.properties = {{"destination_cidr_block", PValue::s(cidr)}, {"vpn_connection_id", PValue::refTo(connection, "id")}};
    }

    // Propagation only works once the gateway is attached to the VPC. A
    // network with NAT or endpoints has its own private route tables (a
    // subnet takes only one): propagate into those; else add one for the VPN.
    std::vector<std::string> network_tables = lowering::networkPrivateRouteTables(network);
    for (size_t i = 0; i < network_tables.size(); ++i) {
      std::string id = Context::id(o, "propagation" + (network_tables.size() > 1 ? "_" + std::to_string(i + 1) : ""));
      model::Resource& propagation = ctx.add("aws_vpn_gateway_route_propagation", id, o);
      propagation.properties = {{"vpn_gateway_id", PValue::refTo(vgw, "id")},
                                {"route_table_id", PValue::refTo(Context::id(network, network_tables[i]), "id")}};
      propagation.depends_on.push_back(attachment);
    }
    if (!network_tables.empty()) return;
    model::Resource& table = ctx.add("aws_route_table", Context::id(o, "private_routes"), o);
    table.properties = {{"vpc_id", ctx.attribute(network, "id")},
                        {"propagating_vgws", PValue::list({PValue::refTo(vgw, "id")})},
                        {"tags", ctx.tags()}};
    table.depends_on.push_back(attachment);
    for (int64_t i = 0; i < lowering::integer(network, "zones"); ++i) {
      std::string z = std::to_string(i + 1);
      model::Resource& assoc = ctx.add("aws_route_table_association", Context::id(o, "private_" + z + "_routes"), o);
      assoc.properties = {{"subnet_id", PValue::refTo(Context::id(network, "private_" + z), "id")},
                          {"route_table_id", PValue::refTo(Context::id(o, "private_routes"), "id")}};
    }
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    return PValue::refTo(Context::id(o, attr == "gateway_id" ? "gateway" : "connection"), "id");
  };
  return k;
}

}  // namespace migc::aws
