// Shorthands for the kinds/ files.
#pragma once

#include "sema/schema.h"

namespace migc::sema::kinds {

inline ir::Value days(double d) { return ir::Value::ofQuantity(d * 86400, ir::Dimension::Duration); }
inline ir::Value minutes(double m) { return ir::Value::ofQuantity(m * 60, ir::Dimension::Duration); }
inline ir::Value gib(double g) { return ir::Value::ofQuantity(g * 1073741824.0, ir::Dimension::Size); }
inline ir::Value str(std::string s) { return ir::Value::ofString(std::move(s)); }
inline ir::Value enumValue(std::string s) { return ir::Value::ofEnum(std::move(s)); }
inline ir::Value emptyList() { ir::Value v; v.kind = ir::Value::Kind::List; return v; }
inline ir::Value list(std::vector<ir::Value> items) {
  ir::Value v;
  v.kind = ir::Value::Kind::List;
  v.items = std::move(items);
  return v;
}
inline ir::Value emptyMap() { ir::Value v; v.kind = ir::Value::Kind::Map; return v; }
inline constexpr double kDay = 86400;
inline constexpr double kGiB = 1073741824.0;

}  // namespace migc::sema::kinds
