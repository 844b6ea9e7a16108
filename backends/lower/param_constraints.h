// The constraint resource names put on the params in them (issue #15 item 1).
//
// A `param` with no value at compile time can still make a name AWS refuses
// at deploy time: `db-cluster-${suffix}` is a DB cluster identifier, so
// `suffix` has at most 52 characters of letters, digits and '-'. After the
// domain checks, the program is lowered once and every name the model
// emits (by Terraform type + argument, stdlib/data/resource_names.json) is
// read for the params in it. Each string param gets the constraint of all
// the names it reaches, which every target writes (ir::NameConstraint):
//   * length: the tightest room any name leaves it. The room of a name is its
//     maximum minus its literal characters and the longest value of each enum
//     param in it; params with no fixed set of values share it evenly, so any
//     values within their constraints fit together;
//   * characters: those every name it reaches allows;
//   * first / last character: the rule of a name it starts / ends;
//   * no '-' first, last or twice in a row where a name it reaches forbids '--'.
// Values the program gives a param (a default, an enum param's values) are
// checked against the names (MIG2128); a param a name leaves no room is an
// error (MIG2129). Reserved prefixes and forbidden substrings other than '--'
// are not part of the constraint (docs/limits.md).
#pragma once

#include "diag/diagnostic_sink.h"
#include "ir/program.h"

namespace migc::checks {
struct StdlibData;
}

namespace migc::lower {

// Sets `name_constraint` on the params of `program` that reach a resource
// name, and reports what no value or a given value cannot fit.
void constrainParams(ir::Program& program, const checks::StdlibData& data, DiagnosticSink& diags);

}  // namespace migc::lower
