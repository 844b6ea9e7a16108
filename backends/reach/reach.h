// Reachability (docs/reachability.md): a small static analysis over the
// lowered network model. Each DMS replication instance reaches its source
// (a route and an egress rule), its target (the security-group rule pair),
// Secrets Manager and its logs; each service reaches the databases it
// names and the secrets it reads; each function reaches what its
// permissions name. A missing path is reported (MIG2160-MIG2164) naming
// both ends and the missing piece. `migc check` runs it on every program
// the checks accept, before suppressions, so `migc build` (which checks
// first) never rejects what check accepted.
#pragma once

#include "diag/diagnostic_sink.h"
#include "ir/program.h"
#include "model/resource.h"

namespace migc::reach {

// `stack`: the program lowered for every target (lower::lowerProgram).
void checkReachability(const ir::Program& program, const model::Stack& stack, DiagnosticSink& diags);

}  // namespace migc::reach
