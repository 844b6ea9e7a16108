// CHK-NET6: a site-to-site VPN's customer gateway is a public IPv4 address
// (RFC 5737 documentation addresses are accepted as placeholders, with a
// warning), its BGP ASN is not one AWS reserves in the region, and its static
// routes are IPv4 CIDRs, at least one of them.
#include <fmt/format.h>

#include <array>
#include <charconv>
#include <optional>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

using Octets = std::array<int, 4>;

std::optional<Octets> parseIpv4(std::string_view text) {
  Octets out{};
  for (int i = 0; i < 4; ++i) {
    size_t end = i < 3 ? text.find('.') : text.size();
    if (end == std::string_view::npos || end == 0 || end > 3) return std::nullopt;
    std::string_view part = text.substr(0, end);
    if (part.size() > 1 && part[0] == '0') return std::nullopt;  // no octal-looking octets
    auto [p, ec] = std::from_chars(part.data(), part.data() + part.size(), out[i]);
    if (ec != std::errc() || p != part.data() + part.size() || out[i] > 255) return std::nullopt;
    text.remove_prefix(i < 3 ? end + 1 : end);
  }
  return out;
}

bool validCidr(std::string_view text) {
  size_t slash = text.find('/');
  if (slash == std::string_view::npos || !parseIpv4(text.substr(0, slash))) return false;
  std::string_view bits = text.substr(slash + 1);
  int n = -1;
  auto [p, ec] = std::from_chars(bits.data(), bits.data() + bits.size(), n);
  return ec == std::errc() && p == bits.data() + bits.size() && !bits.empty() && n >= 0 && n <= 32;
}

// RFC 5737 documentation ranges: TEST-NET-1/2/3.
bool isDocumentation(const Octets& a) {
  return (a[0] == 192 && a[1] == 0 && a[2] == 2) || (a[0] == 198 && a[1] == 51 && a[2] == 100) ||
         (a[0] == 203 && a[1] == 0 && a[2] == 113);
}

// Why an address cannot be a customer gateway's internet address, or "".
std::string notPublic(const Octets& a) {
  if (a[0] == 10 || (a[0] == 172 && a[1] >= 16 && a[1] <= 31) || (a[0] == 192 && a[1] == 168))
    return "it is a private (RFC 1918) address";
  if (a[0] == 100 && a[1] >= 64 && a[1] <= 127) return "it is a carrier-grade NAT (RFC 6598) address";
  if (a[0] == 127) return "it is a loopback address";
  if (a[0] == 198 && (a[1] == 18 || a[1] == 19)) return "it is a benchmarking (RFC 2544) address";
  if (a[0] == 169 && a[1] == 254) return "it is a link-local address";
  if (a[0] == 0 || a[0] >= 224) return "it is not a unicast address";
  return "";
}

// ASNs AWS reserves for its side of VPNs in a region (VPN User Guide,
// "Customer gateway options").
struct ReservedAsn {
  std::string_view region;
  int64_t asn;
};
constexpr ReservedAsn kReserved[] = {
    {"us-east-1", 7224}, {"eu-west-1", 9059}, {"ap-northeast-1", 10124}, {"ap-southeast-1", 17943}};

class VpnCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-NET6"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* vpn : ctx.objectsOf("vpn")) {
      checkGateway(ctx, *vpn);
      checkAsn(ctx, *vpn);
      checkRoutes(ctx, *vpn);
    }
  }

 private:
  static void checkGateway(const CheckContext& ctx, const ir::Object& vpn) {
    const std::string* ip = constText(vpn.field("customer_gateway_ip"));
    if (!ip) return;
    SourceRange where = ctx.where(vpn, "customer_gateway_ip");
    auto octets = parseIpv4(*ip);
    if (!octets) {
      ctx.report(DiagKind::VpnGatewayNotPublic, where, *ip, "it is not an IPv4 address")
          .help("write the on-premises VPN device's public IPv4 address, e.g. \"198.51.100.7\"");
      return;
    }
    if (isDocumentation(*octets)) {
      ctx.report(DiagKind::VpnGatewayPlaceholder, where, *ip)
          .help("replace it with the VPN device's public address before the tunnel can come up");
      return;
    }
    if (std::string why = notPublic(*octets); !why.empty())
      ctx.report(DiagKind::VpnGatewayNotPublic, where, *ip, why)
          .help("AWS reaches the customer gateway over the internet; use the device's public (NAT) address");
  }

  static void checkAsn(const CheckContext& ctx, const ir::Object& vpn) {
    auto asn = constNumber(vpn.field("bgp_asn"));
    if (!asn) return;
    for (const std::string& region : ctx.program().regions)
      for (const ReservedAsn& r : kReserved)
        if (r.region == region && r.asn == static_cast<int64_t>(*asn))
          ctx.report(DiagKind::VpnAsnReserved, ctx.where(vpn, "bgp_asn"), formatNumber(*asn), region)
              .help("use the device's own ASN, or a private one (64512-65534)");
  }

  static void checkRoutes(const CheckContext& ctx, const ir::Object& vpn) {
    const ir::Value* routes = vpn.field("routes");
    bool any = false;
    if (routes && routes->kind == ir::Value::Kind::List) {
      for (const ir::Value& r : routes->items) {
        any = true;
        if (r.kind == ir::Value::Kind::String && !validCidr(r.text))
          ctx.report(DiagKind::VpnRouteNotCidr, r.range.file.valid() ? r.range : ctx.where(vpn, "routes"), r.text)
              .help("write an IPv4 CIDR block, e.g. \"192.168.0.0/16\"");
      }
    }
    if (any) return;
    const ir::Object* network = ctx.referenced(vpn, "network");
    const ir::Value* onprem = network ? network->field("onprem_cidrs") : nullptr;
    if (network && onprem && onprem->kind == ir::Value::Kind::List && onprem->items.empty())
      ctx.report(DiagKind::VpnWithoutRoutes, ctx.where(vpn, "routes"), network->name)
          .help(fmt::format("set `routes` on the vpn, or `onprem_cidrs` on network {}", network->name));
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeVpnCheck() { return std::make_unique<VpnCheck>(); }

}  // namespace migc::checks
