// The CloudWatch series of a metric attribute (`aurora.cpu`): alarms and
// dashboard widgets name the same namespace, metric and dimensions.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "lower/context.h"

namespace migc::lower {

// The dimensions of `metric` (the facts sema recorded for it: namespace,
// metric, unit and the comma-separated dimension names) on `target`, each
// valued by the target kind's lowering.
std::vector<std::pair<std::string, PValue>> metricDimensions(Context& ctx, const ir::Object& target, const ir::Value& metric);

}  // namespace migc::lower
