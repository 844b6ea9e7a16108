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

}  // namespace migc::lowering
