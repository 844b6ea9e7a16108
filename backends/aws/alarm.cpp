#include "aws/kinds.h"
#include "lowering/alarms.h"

namespace migc::aws {

KindLowering alarmKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    lowering::AlarmFacts f = lowering::alarmFacts(ctx, o);
    model::Fields dims;
    for (auto& [name, value] : f.dimensions) dims.emplace_back(name, value);
    std::vector<PValue> actions;
    for (const ir::Value& topic : lowering::field(o, "notify").items) actions.push_back(ctx.value(topic));
    model::Resource& alarm = ctx.add("aws_cloudwatch_metric_alarm", Context::id(o, "alarm"), o);
    alarm.properties = {{"alarm_name", ctx.name(o, "alarm")},
                        {"alarm_description", PValue::s(f.metric + " of " + ctx.object(lowering::field(o, "watch")).name)},
                        {"namespace", PValue::s(f.namespace_)},
                        {"metric_name", PValue::s(f.metric)},
                        {"dimensions", PValue::object(std::move(dims))},
                        {"statistic", PValue::s(f.statistic)},
                        {"period", PValue::i(f.period)},
                        {"evaluation_periods", PValue::i(f.evaluation_periods)},
                        {"threshold", PValue::n(f.threshold)},
                        {"comparison_operator", PValue::s(f.comparison)},
                        {"treat_missing_data", PValue::s(f.missing_data)},
                        {"alarm_actions", PValue::list(actions)},
                        {"ok_actions", PValue::list(actions)},
                        {"tags", ctx.tags()}};
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    return PValue::refTo(Context::id(o, "alarm"), attr == "name" ? "alarm_name" : "arn");
  };
  return k;
}

}  // namespace migc::aws
