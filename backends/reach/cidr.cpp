#include "reach/cidr.h"

#include <cstdio>

#include <fmt/format.h>

namespace migc::reach {
namespace {

uint32_t mask(int prefix) { return prefix == 0 ? 0 : ~uint32_t(0) << (32 - prefix); }

}  // namespace

std::optional<Cidr> Cidr::parse(std::string_view text) {
  unsigned a = 0, b = 0, c = 0, d = 0, prefix = 32;
  std::string s(text);
  int n = std::sscanf(s.c_str(), "%3u.%3u.%3u.%3u/%2u", &a, &b, &c, &d, &prefix);
  // A host name ("db.corp.example") is not an address.
  if (n < 4 || a > 255 || b > 255 || c > 255 || d > 255 || prefix > 32) return std::nullopt;
  if (n == 4 && s.find_first_not_of("0123456789.") != std::string::npos) return std::nullopt;
  Cidr out;
  out.prefix = static_cast<int>(prefix);
  out.base = ((a << 24) | (b << 16) | (c << 8) | d) & mask(out.prefix);
  return out;
}

bool Cidr::covers(const Cidr& other) const {
  return prefix <= other.prefix && (other.base & mask(prefix)) == base;
}

bool Cidr::isPrivate() const {
  for (const char* range : {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"})
    if (parse(range)->covers(*this)) return true;
  return false;
}

std::string Cidr::str() const {
  return fmt::format("{}.{}.{}.{}/{}", base >> 24, (base >> 16) & 255, (base >> 8) & 255, base & 255, prefix);
}

}  // namespace migc::reach
