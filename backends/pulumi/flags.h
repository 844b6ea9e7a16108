// Pulumi YAML has no conditionals (pulumi/pulumi-yaml#191): each `when`
// flag guarding resources is decided while migc builds — from the param's
// value (its default, which `migc build --set` overrides) — and reported
// (MIG3022; MIG3023 when there is no value). Resources whose flag is false
// are dropped, with the outputs that use them; the flag leaves the Pulumi
// config when nothing else reads it.
#pragma once

#include <set>
#include <string>

#include "diag/diagnostic_sink.h"
#include "ir/program.h"
#include "model/resource.h"

namespace migc::pulumi {

void fixFlagsAtCompileTime(model::Stack& stack, const ir::Program& program, const std::set<std::string>& set_on_command_line,
                           DiagnosticSink& diags);

}  // namespace migc::pulumi
