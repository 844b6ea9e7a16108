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

// Blocks an Aurora cluster and an RDS instance share word for word: the same
// RDS settings behind them, so one definition.
inline KindSchema rdsBackupBlock() {
  KindSchema b{"backup", "Automated backups; point-in-time recovery covers the retention period.", {}, {}};
  FieldSchema& retention = b.field("retention", types::duration(), "How long automated backups are kept (1 to 35 days).");
  retention.default_value = days(7);
  retention.min = 1 * kDay;
  retention.max = 35 * kDay;
  b.field("window", types::string(), "Daily backup window in UTC, \"HH:MM-HH:MM\", at least 30 minutes.")
      .default_value = str("03:00-04:00");
  return b;
}

inline KindSchema insightsBlock(std::string doc) {
  KindSchema b{"insights", std::move(doc), {}, {}};
  constant(b.field("enabled", types::boolean(), "Turn Performance Insights on.")).default_value = ir::Value::ofBool(true);
  b.field("retention", types::duration(), "Retention: 7 days, a multiple of 31 days up to 713, or 731 days.")
      .default_value = days(7);
  return b;
}

}  // namespace migc::sema::kinds
