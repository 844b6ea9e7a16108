// The policy pass: built-in rules (rules.def) and the program's own `policy`
// declarations, run on a checked program after the domain checks and before
// suppressions, as the project config says.
#pragma once

#include "checks/stdlib_data.h"
#include "diag/diagnostic_sink.h"
#include "ir/program.h"
#include "policy/config.h"
#include "policy/rule.h"

namespace migc::policy {

// Runs every enabled rule and every `policy` declaration.
// `cost` gives the budget rule its estimate (policy/rule.h); without one it reports nothing.
void runPolicyRules(const ir::Program& program, const checks::StdlibData& data, const PolicyConfig& config,
                    DiagnosticSink& sink, const CostProvider& cost = {});

// Applies the config to diagnostics that are not built-in rules: turns off
// or re-grades domain-check (MIG2xxx) and project-rule (MIG59xx) findings,
// and warns about settings and suppressions naming project rules that no
// `policy` declares. Run after runPolicyRules, before suppressions.
void applyConfigToFindings(const ir::Program& program, const PolicyConfig& config, DiagnosticSink& sink);

// The program's `policy` declarations (custom_rules.cpp).
void runProjectRules(const ir::Program& program, const PolicyConfig& config, DiagnosticSink& sink);

// The docs/policies.md text, generated from the registry (`migc explain --policies`).
std::string policiesMarkdown();
// schema/migc-config.schema.json (`migc explain --config-schema`).
std::string configSchemaJson();
// The preamble the rule examples are appended to, and a complete program for an example.
std::string_view examplePreamble();
std::string exampleProgram(std::string_view fragment);

}  // namespace migc::policy
