// Resources the migration's tags cannot reach in CloudFormation: types with
// no Tags property whose Terraform and Pulumi counterparts take tags.
// Reported once per type as note MIG3039, so "tag every resource" is never
// silently short of a few resources.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "diag/diagnostic_sink.h"
#include "ir/program.h"

namespace migc::cloudformation {

// `untagged`: (CloudFormation type, logical id) of each resource whose tags
// the translation could not write (translate.h).
void reportUntaggable(const std::vector<std::pair<std::string, std::string>>& untagged, const ir::Program& program,
                      DiagnosticSink& diags);

}  // namespace migc::cloudformation
