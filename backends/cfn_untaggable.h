// Resources the migration's tags cannot reach in CloudFormation: types
// with no Tags property whose Terraform and Pulumi counterparts take tags
// (seed matrix CHK-T1). Reported once per type as note MIG3039, so a seed's
// "tag every resource" is never silently short of a few resources.
#pragma once

#include "diag/diagnostic_sink.h"
#include "ir/program.h"
#include "model/resource.h"

namespace migc {

void reportUntaggable(const model::Stack& stack, const ir::Program& program, DiagnosticSink& diags);

}  // namespace migc
