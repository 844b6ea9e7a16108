// Alarm facts both shapes agree on: the metric, its dimensions, the
// threshold in the metric's own unit, and the comparison.
#pragma once

#include <string>
#include <vector>

#include "lowering/context.h"

namespace migc::lowering {

struct AlarmFacts {
  std::string namespace_;
  std::string metric;
  std::vector<std::pair<std::string, model::PValue>> dimensions;
  double threshold = 0;
  std::string comparison;  // GreaterThanThreshold | LessThanThreshold
  std::string statistic;   // Average | Maximum | Minimum | Sum
  int64_t period = 60;
  int64_t evaluation_periods = 1;
  std::string missing_data;
};

AlarmFacts alarmFacts(Context& ctx, const ir::Object& alarm);

// The dimensions of one metric of `target`, from the metric's facts (sema):
// alarms and dashboard widgets name the same series.
std::vector<std::pair<std::string, model::PValue>> metricDimensions(Context& ctx, const ir::Object& target,
                                                                    const ir::Value& metric);

}  // namespace migc::lowering
