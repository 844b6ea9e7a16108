// How a command prints its diagnostics: --format and --color.
#pragma once

#include <string>

#include "diag/diagnostic_sink.h"

namespace CLI { class App; }

namespace migc {

// Options every command that reports diagnostics shares (check, build,
// fmt); a new reporting option belongs here and in addDiagOptions.
struct DiagOptions {
  std::string format = "text";  // text | json | sarif
  std::string color = "auto";   // auto | always | never
  size_t max_errors = 20;       // --max-errors: errors listed before MIG0014 (0: all), as clang's default
  bool warnings_as_errors = false;  // --warnings-as-errors
  std::string werror;               // -Werror (CLI11 reads it as -W error)

  bool machineReadable() const { return format != "text"; }
};

void addDiagOptions(CLI::App& cmd, DiagOptions& options);

// The diagnostics up to `max_errors` errors (0: all), then MIG0014 where
// the first error not shown is, counting the rest. Every format prints this.
std::vector<Diagnostic> limitErrors(const std::vector<Diagnostic>& all, size_t max_errors);
// --warnings-as-errors: every warning becomes an error (so `check` exits 1
// and `build` writes nothing). Applied before the decision it must change.
void applyWarningsAsErrors(DiagnosticSink& diags, const DiagOptions& options);

// Prints diagnostics (text to stderr; json and sarif to stdout, which is
// what CI redirects) and returns 1 when any is an error, else 0.
int emitDiagnostics(const SourceManager& sm, const DiagnosticSink& diags,
                    const DiagOptions& options);

}  // namespace migc
