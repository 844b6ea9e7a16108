// The body of a CloudWatch dashboard: a JSON document every target embeds
// as a string.
#pragma once

#include "lower/context.h"

namespace migc::lower {

// Widgets placed left to right in rows of 24 columns; metrics as
// CloudWatch's flat arrays [namespace, metric, dim, value, ..., {options}].
PValue dashboardBody(Context& ctx, const ir::Object& dashboard);

}  // namespace migc::lower
