// @allow suppressions: a diagnostic whose code a suppression names, inside
// the annotated declaration (or anywhere in the file for @file:allow), is
// dropped; a suppression that drops nothing is reported, so stale ones go.
#pragma once

#include <set>
#include <string>

#include "diag/diagnostic_sink.h"
#include "ir/program.h"

namespace migc::policy {

// Only checks and policy findings are suppressible (MIG2xxx and up).
bool isSuppressible(std::string_view code);

// `judge_unused`: the checks ran, so a suppression that matched nothing is
// stale (when errors stopped them, nothing can be said). `locked`: codes the
// project config marks non-suppressible (`config_name` says which file); an
// @allow of one is reported and ignored.
void applySuppressions(const ir::Program& program, DiagnosticSink& diags, bool judge_unused,
                       const std::set<std::string, std::less<>>& locked = {}, std::string_view config_name = "");

}  // namespace migc::policy
