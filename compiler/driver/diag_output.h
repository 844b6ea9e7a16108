// How a command prints its diagnostics: --format and --color.
#pragma once

#include <string>

#include "diag/diagnostic_sink.h"

namespace CLI { class App; }

namespace migc {

struct DiagOptions {
  std::string format = "text";  // text | json | sarif
  std::string color = "auto";   // auto | always | never
};

void addDiagOptions(CLI::App& cmd, DiagOptions& options);

// Prints diagnostics (text to stderr; json and sarif to stdout, which is
// what CI redirects) and returns 1 when any is an error, else 0.
int emitDiagnostics(const SourceManager& sm, const DiagnosticSink& diags,
                    const DiagOptions& options);

}  // namespace migc
