#include "cfn/kinds.h"
#include "lowering/alarms.h"

namespace migc::cfn {

KindLowering alarmKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    lowering::AlarmFacts f = lowering::alarmFacts(ctx, o);
    std::vector<PValue> dims;
    for (auto& [name, value] : f.dimensions)
      dims.push_back(PValue::object({{"Name", PValue::s(name)}, {"Value", value}}));
    std::vector<PValue> actions;
    for (const ir::Value& topic : lowering::field(o, "notify").items) actions.push_back(ctx.value(topic));
    model::Resource& alarm = ctx.add("AWS::CloudWatch::Alarm", Context::id(o, "alarm"), o);
    alarm.properties = {{"AlarmName", ctx.name(o, "alarm")},
                        {"AlarmDescription", PValue::s(f.metric + " of " + ctx.object(lowering::field(o, "watch")).name)},
                        {"Namespace", PValue::s(f.namespace_)},
                        {"MetricName", PValue::s(f.metric)},
                        {"Dimensions", PValue::list(std::move(dims))},
                        {"Statistic", PValue::s(f.statistic)},
                        {"Period", PValue::i(f.period)},
                        {"EvaluationPeriods", PValue::i(f.evaluation_periods)},
                        {"Threshold", PValue::n(f.threshold)},
                        {"ComparisonOperator", PValue::s(f.comparison)},
                        {"TreatMissingData", PValue::s(f.missing_data)},
                        {"AlarmActions", PValue::list(actions)},
                        {"OKActions", PValue::list(actions)},
                        {"Tags", ctx.tags()}};
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    if (attr == "name") return PValue::refTo(Context::id(o, "alarm"));  // Ref of an alarm is its name
    return PValue::refTo(Context::id(o, "alarm"), "Arn");
  };
  return k;
}

}  // namespace migc::cfn
