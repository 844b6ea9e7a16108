// Site-to-site VPN in CloudFormation: the same resources as the Terraform
// shape; route propagation is its own resource (VPNGatewayRoutePropagation)
// that must wait for the gateway attachment.
#include "cfn/kinds.h"
#include "lowering/vpn.h"

namespace migc::cfn {

KindLowering vpnKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    const ir::Object& network = ctx.object(lowering::field(o, "network"));
    std::string cgw = Context::id(o, "customer_gateway"), vgw = Context::id(o, "gateway"),
                attachment = Context::id(o, "gateway_attachment"), connection = Context::id(o, "connection"),
                table = Context::id(o, "private_routes");

    model::Resource& customer = ctx.add("AWS::EC2::CustomerGateway", cgw, o);
    customer.properties = {{"BgpAsn", PValue::i(lowering::integer(o, "bgp_asn"))},
                           {"IpAddress", ctx.value(lowering::field(o, "customer_gateway_ip"))},
                           {"Type", PValue::s("ipsec.1")},
                           {"Tags", ctx.tags()}};
    model::Resource& gateway = ctx.add("AWS::EC2::VPNGateway", vgw, o);
    gateway.properties = {{"Type", PValue::s("ipsec.1")}, {"Tags", ctx.tags()}};
    model::Resource& attach = ctx.add("AWS::EC2::VPCGatewayAttachment", attachment, o);
    attach.properties = {{"VpcId", ctx.attribute(network, "id")}, {"VpnGatewayId", PValue::refTo(vgw)}};

    model::Resource& conn = ctx.add("AWS::EC2::VPNConnection", connection, o);
    conn.properties = {{"CustomerGatewayId", PValue::refTo(cgw)},
                       {"VpnGatewayId", PValue::refTo(vgw)},
                       {"Type", PValue::s("ipsec.1")},
                       {"StaticRoutesOnly", PValue::b(true)},
                       {"Tags", ctx.tags()}};
    int n = 0;
    for (const std::string& cidr : lowering::vpnRoutes(ctx, o)) {
      model::Resource& route = ctx.add("AWS::EC2::VPNConnectionRoute", Context::id(o, "route_" + std::to_string(++n)), o);
      route.properties = {{"DestinationCidrBlock", PValue::s(cidr)}, {"VpnConnectionId", PValue::refTo(connection)}};
    }

    // A network with NAT or endpoints has its own private route tables (a
    // subnet takes only one): propagate into those; else add one for the VPN.
    std::vector<PValue> tables;
    for (const std::string& t : lowering::networkPrivateRouteTables(network)) tables.push_back(PValue::refTo(Context::id(network, t)));
    if (tables.empty()) {
      model::Resource& routes = ctx.add("AWS::EC2::RouteTable", table, o);
      routes.properties = {{"VpcId", ctx.attribute(network, "id")}, {"Tags", ctx.tags()}};
      for (int64_t i = 0; i < lowering::integer(network, "zones"); ++i) {
        std::string z = std::to_string(i + 1);
        model::Resource& assoc = ctx.add("AWS::EC2::SubnetRouteTableAssociation", Context::id(o, "private_" + z + "_routes"), o);
        assoc.properties = {{"SubnetId", PValue::refTo(Context::id(network, "private_" + z))}, {"RouteTableId", PValue::refTo(table)}};
      }
      tables.push_back(PValue::refTo(table));
    }
    model::Resource& propagation = ctx.add("AWS::EC2::VPNGatewayRoutePropagation", Context::id(o, "propagation"), o);
    propagation.properties = {{"RouteTableIds", PValue::list(std::move(tables))}, {"VpnGatewayId", PValue::refTo(vgw)}};
    propagation.depends_on.push_back(attachment);
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    return PValue::refTo(Context::id(o, attr == "gateway_id" ? "gateway" : "connection"));
  };
  return k;
}

}  // namespace migc::cfn
