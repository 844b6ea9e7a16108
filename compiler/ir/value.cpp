#include "ir/value.h"

#include <fmt/format.h>

#include <cmath>

namespace migc::ir {

Value::Value() = default;
Value::Value(const Value&) = default;
Value::Value(Value&&) noexcept = default;
Value& Value::operator=(const Value&) = default;
Value& Value::operator=(Value&&) noexcept = default;
Value::~Value() = default;

bool Value::isConstant() const {
  if (kind == Kind::Param || kind == Kind::Attr) return false;
  for (const Value& v : items)
    if (!v.isConstant()) return false;
  for (const auto& [k, v] : entries)
    if (!v.isConstant()) return false;
  return true;
}

const Value* Value::get(std::string_view key) const {
  for (const auto& [k, v] : entries)
    if (k == key) return &v;
  return nullptr;
}

std::string formatQuantity(double n, Dimension d) {
  auto whole = [&](double unit) { return n != 0 && std::fmod(n, unit) == 0; };
  switch (d) {
    case Dimension::Duration:
      if (whole(86400)) return fmt::format("{}d", n / 86400);
      if (whole(3600)) return fmt::format("{}h", n / 3600);
      if (whole(60)) return fmt::format("{}m", n / 60);
      return fmt::format("{}s", n);
    case Dimension::Size:
      if (whole(1073741824.0)) return fmt::format("{}GiB", n / 1073741824.0);
      if (whole(1048576.0)) return fmt::format("{}MiB", n / 1048576.0);
      if (whole(1024)) return fmt::format("{}KiB", n / 1024);
      return fmt::format("{}B", n);
    case Dimension::Percent: return fmt::format("{}%", n);
    case Dimension::Money: return fmt::format("{}USD", n);
  }
  return fmt::format("{}", n);
}

}  // namespace migc::ir
