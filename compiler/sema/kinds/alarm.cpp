#include "sema/kinds/kind_helpers.h"

namespace migc::sema {
using namespace kinds;

const KindSchema& alarmSchema() {
  static const KindSchema schema = [] {
    KindSchema s{"alarm", "A CloudWatch alarm on a metric of another declaration.", {}, {}};
    TypeSpec metric;
    metric.tag = TypeSpec::Tag::Metric;
    required(s.field("watch", metric, "The metric, e.g. aurora.cpu or replicate.target_lag."));
    s.field("above", types::any(), "Alarm when the statistic is above this value (in the metric's unit).");
    s.field("below", types::any(), "Alarm when the statistic is below this value.");
    FieldSchema& for_ = s.field("for", types::duration(), "How long the condition must hold.");
    for_.default_value = minutes(5);
    for_.min = 10;
    for_.max = 86400;
    FieldSchema& period = s.field("period", types::duration(), "The statistic's period: 10s, 30s or a multiple of 60s.");
    period.default_value = minutes(1);
    period.min = 10;
    period.max = 86400;
    s.field("statistic", types::oneOf({"average", "maximum", "minimum", "sum"}), "How datapoints are aggregated.")
        .default_value = enumValue("average");
    s.field("notify", types::listOf(types::ref("topic")), "Topics notified when the alarm fires and recovers.")
        .default_value = emptyList();
    s.field("missing_data", types::oneOf({"missing", "ignore", "breaching", "not_breaching"}), "How missing data counts.")
        .default_value = enumValue("missing");
    s.attribute("arn", types::string(), "The alarm ARN.");
    s.attribute("name", types::string(), "The alarm name.");
    return s;
  }();
  return schema;
}

}  // namespace migc::sema
