// IPv4 addresses and CIDR blocks as the reachability analysis compares them:
// a route or rule covers a destination when the destination's block lies
// inside its own.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace migc::reach {

struct Cidr {
  uint32_t base = 0;  // network address (host bits cleared)
  int prefix = 0;     // 0..32; a single address is /32

  static std::optional<Cidr> parse(std::string_view text);  // "10.0.0.0/16" or "10.0.0.5"
  bool covers(const Cidr& other) const;
  // 10/8, 172.16/12, 192.168/16: reached only through a private route, never a NAT gateway.
  bool isPrivate() const;
  std::string str() const;
};

}  // namespace migc::reach
