#include "lowering/alarms.h"


namespace migc::lowering {

namespace {

// A threshold written with a unit, in the metric's unit.
double convert(const ir::Value& v, const std::string& unit) {
  if (v.kind != ir::Value::Kind::Quantity) return v.number;
  if (unit == "Milliseconds") return v.number * 1000;
  return v.number;  // seconds, bytes and percent are the base units already
}

std::string statistic(const std::string& s) {
  if (s == "maximum") return "Maximum";
  if (s == "minimum") return "Minimum";
  if (s == "sum") return "Sum";
  return "Average";
}

std::string missing(const std::string& s) { return s == "not_breaching" ? "notBreaching" : s; }

}  // namespace

std::vector<std::pair<std::string, model::PValue>> metricDimensions(Context& ctx, const ir::Object& target,
                                                                    const ir::Value& metric) {
  std::vector<std::pair<std::string, model::PValue>> dims;
  const std::string& ns = metric.get("namespace")->text;
  if (ns == "AWS/DMS") {
    // DMS task metrics need both the instance and the task (its resource id).
    dims.emplace_back("ReplicationInstanceIdentifier", ctx.name(target, "dms-instance"));
    dims.emplace_back("ReplicationTaskIdentifier", ctx.name(target, "dms-task"));
  } else if (ns == "AWS/RDS") {
    // The identifier the target's lowering gave it: instances are named "db".
    dims.emplace_back(metric.get("dimension")->text, ctx.name(target, target.kind == "database" ? "db" : "cluster"));
  } else {
    // Other kinds give each dimension's value (comma-separated names in the
    // schema) through their attribute lowering, as "dimension:<Name>".
    std::string_view names = metric.get("dimension")->text;
    while (!names.empty()) {
      size_t comma = names.find(',');
      std::string name(names.substr(0, comma));
      dims.emplace_back(name, ctx.attribute(target, "dimension:" + name));
      names = comma == std::string_view::npos ? std::string_view{} : names.substr(comma + 1);
    }
  }
  return dims;
}

AlarmFacts alarmFacts(Context& ctx, const ir::Object& alarm) {
  AlarmFacts f;
  const ir::Value& watch = field(alarm, "watch");
  const ir::Object& target = ctx.object(watch);
  const ir::Value& m = *alarm.facts.get("watch");
  std::string unit = m.get("unit")->text;
  f.namespace_ = m.get("namespace")->text;
  f.metric = m.get("metric")->text;
  f.dimensions = metricDimensions(ctx, target, m);
  const ir::Value* above = alarm.field("above");
  const ir::Value* below = alarm.field("below");
  bool is_above = above && above->kind != ir::Value::Kind::Null;
  f.threshold = convert(is_above ? *above : below ? *below : ir::Value{}, unit);
  f.comparison = is_above ? "GreaterThanThreshold" : "LessThanThreshold";
  f.statistic = statistic(text(alarm, "statistic"));
  f.period = static_cast<int64_t>(seconds(alarm, "period"));
  int64_t duration = static_cast<int64_t>(seconds(alarm, "for"));
  f.evaluation_periods = std::max<int64_t>(1, f.period ? duration / f.period : 1);
  f.missing_data = missing(text(alarm, "missing_data"));
  return f;
}

}  // namespace migc::lowering
