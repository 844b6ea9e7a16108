#include "ir/value.h"

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

}  // namespace migc::ir
