// A site-to-site VPN to the on-premises network. Optional deployments guard
// it with `when` (`vpn onprem when create_vpn { ... }`), which each target
// resolves its own way (count, Conditions, compile time for Pulumi YAML).
#include "sema/kinds/kind_helpers.h"

namespace migc::sema {
using namespace kinds;

const KindSchema& vpnSchema() {
  static const KindSchema schema = [] {
    KindSchema s{"vpn",
                 "A site-to-site VPN: customer gateway, virtual private gateway attached to a network, an IPsec "
                 "connection with static routes, and route propagation to the network's private subnets.",
                 {},
                 {}};
    required(s.field("network", types::ref("network"), "The network the virtual private gateway is attached to."));
    required(s.field("customer_gateway_ip", types::string(),
                     "The public IPv4 address of the on-premises VPN device (RFC 5737 addresses are placeholders)."));
    FieldSchema& asn = constant(s.field("bgp_asn", types::integer(), "The on-premises side's BGP ASN (1 to 2147483647)."));
    asn.default_value = ir::Value::ofInt(65000);
    asn.min = 1;
    asn.max = 2147483647;
    s.field("routes", types::listOf(types::string()),
            "On-premises CIDRs routed through the tunnel (default: the network's onprem_cidrs).")
        .default_value = emptyList();
    s.attribute("connection_id", types::string(), "The VPN connection id.");
    s.attribute("gateway_id", types::string(), "The virtual private gateway id.");
    return s;
  }();
  return schema;
}

}  // namespace migc::sema
