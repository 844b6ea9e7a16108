// A CloudFormation stack lives in one region: a multi-region program's
// CloudFormation-shaped stack is split into one stack per region, the
// primary first. A reference from one region's resource to another
// region's becomes a parameter of the referring template (Fn::ImportValue
// is same-region only), reported as MIG3021; the split itself and the
// deploy order are reported as MIG3020.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "diag/diagnostic_sink.h"
#include "ir/program.h"
#include "model/resource.h"

namespace migc::cloudformation {

// (region, stack) pairs, the primary's first; one pair when the program has
// one region or places nothing outside the primary.
std::vector<std::pair<std::string, model::Stack>> splitByRegion(model::Stack&& stack, const ir::Program& program,
                                                                DiagnosticSink& diags);

}  // namespace migc::cloudformation
