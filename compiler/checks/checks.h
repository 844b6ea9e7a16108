// Domain checks: AWS rules a program can break while being well typed
// (deprecated engine versions, instance classes an engine does not offer,
// alarm periods CloudWatch rejects, ...). The entry point the driver calls
// after sema; the checks themselves are listed in checks.def.
#pragma once

#include <string_view>
#include <vector>

#include "checks/stdlib_data.h"
#include "diag/diagnostic_sink.h"
#include "ir/program.h"

namespace migc::checks {

// The targets the checks judge for (all three for `migc check` and `migc
// build` without --target): a rule of one target (a CloudFormation limit, a
// Pulumi YAML restriction) is checked only when that target is written.
struct CheckScope {
  bool terraform = true, cloudformation = true, pulumi = true;
  bool building = false;  // `migc build`: the backends then report what only they can decide
};

void runDomainChecks(const ir::Program& program, const StdlibData& data, DiagnosticSink& sink,
                     const CheckScope& scope = {});

// Fills what a program leaves to its engine (port, log_exports of a MySQL
// cluster) and records each database's and source's DMS facts in
// Object::facts (dms_engine_name, a database's parameter_family, a source's
// default_port and cdc_prerequisites), from engine_facts.json and
// engine_versions.json. Runs before the checks on a
// well-typed program; the backends read the facts.
void applyEngineDefaults(ir::Program& program, const StdlibData& data);

// The CHK-* ids of the registered checks, in run order.
std::vector<std::string_view> domainCheckIds();

}  // namespace migc::checks
