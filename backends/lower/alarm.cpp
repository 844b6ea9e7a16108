// A CloudWatch alarm on a metric attribute, notifying topics on alarm and OK.
#include <algorithm>

#include "lower/metrics.h"
#include "lower/registry.h"

namespace migc::lower {
namespace {

// A threshold in the metric's own unit: units the program writes are in
// base units (seconds, bytes, percent) except where CloudWatch counts
// milliseconds. A param stays a reference to it.
PValue threshold(Context& ctx, const ir::Value& v, const std::string& unit) {
  if (v.kind == ir::Value::Kind::Param) return ctx.value(v);
  if (v.kind != ir::Value::Kind::Quantity) return PValue::n(v.number);
  return PValue::n(unit == "Milliseconds" ? v.number * 1000 : v.number);
}

std::string statistic(const std::string& s) {
  if (s == "maximum") return "Maximum";
  if (s == "minimum") return "Minimum";
  if (s == "sum") return "Sum";
  return "Average";
}

}  // namespace

template <>
KindLowering lowering<kind::alarm>() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    fields::Alarm a(o);
    const ir::Object& target = *a.watch().object(ctx.program());
    const ir::Value& m = *o.facts.get("watch");
    const std::string& unit = m.get("unit")->text;
    model::Fields dims;
    for (auto& [name, value] : metricDimensions(ctx, target, m)) dims.emplace_back(name, std::move(value));
    bool above = a.above().present();
    int64_t period = a.period().wholeSeconds();
    int64_t evaluation_periods = std::max<int64_t>(1, period ? a.for_().wholeSeconds() / period : 1);
    const std::string& missing = a.missing_data().word();
    std::vector<PValue> actions;
    for (const ir::typed::Ref& topic : a.notify().items()) actions.push_back(ctx.value(topic));
    model::Resource& alarm = ctx.add("aws_cloudwatch_metric_alarm", Context::id(o, "alarm"), o);
    alarm.properties = {{"alarm_name", ctx.name(o, "alarm")},
                        {"alarm_description", PValue::s(m.get("metric")->text + " of " + target.name)},
                        {"namespace", PValue::s(m.get("namespace")->text)},
                        {"metric_name", PValue::s(m.get("metric")->text)},
                        {"dimensions", PValue::object(std::move(dims))},
                        {"statistic", PValue::s(statistic(a.statistic().word()))},
                        {"period", PValue::i(period)},
                        {"evaluation_periods", PValue::i(evaluation_periods)},
                        {"threshold", threshold(ctx, (above ? a.above() : a.below()).value(), unit)},
                        {"comparison_operator", PValue::s(above ? "GreaterThanThreshold" : "LessThanThreshold")},
                        {"treat_missing_data", PValue::s(missing == "not_breaching" ? "notBreaching" : missing)},
                        {"alarm_actions", PValue::list(actions)},
                        {"ok_actions", PValue::list(actions)},
                        {"tags", ctx.tags()}};
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    return PValue::refTo(Context::id(o, "alarm"), attr == "name" ? "alarm_name" : "arn");
  };
  return k;
}

}  // namespace migc::lower
