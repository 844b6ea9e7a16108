// VPN facts both provider shapes agree on.
#pragma once

#include <string>
#include <vector>

#include "lowering/context.h"

namespace migc::lowering {

// The CIDRs a VPN routes statically: its own `routes`, else the network's
// on-premises ranges.
inline std::vector<std::string> vpnRoutes(const Context& ctx, const ir::Object& vpn) {
  std::vector<std::string> out;
  for (const ir::Value& v : field(vpn, "routes").items) out.push_back(v.text);
  if (!out.empty()) return out;
  for (const ir::Value& v : field(ctx.object(field(vpn, "network")), "onprem_cidrs").items) out.push_back(v.text);
  return out;
}

// The private route tables a network lowers itself (network.cpp's
// privateRouting: one per NAT gateway with nat = per_zone, else one, and only
// when it has NAT or endpoints), by id suffix. A subnet takes one route table,
// so a VPN on such a network propagates into these tables rather than adding
// its own; empty when the network has none.
inline std::vector<std::string> networkPrivateRouteTables(const ir::Object& network) {
  std::string nat = text(network, "nat");
  if (nat == "none" && field(network, "endpoints").items.empty()) return {};
  if (nat != "per_zone") return {"private_routes"};
  std::vector<std::string> out;
  for (int64_t i = 0; i < integer(network, "zones"); ++i) out.push_back("private_routes_" + std::to_string(i + 1));
  return out;
}

}  // namespace migc::lowering
