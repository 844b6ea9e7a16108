// `migc fmt`: the canonical layout of a .mig file. See docs/style.md.
#pragma once

#include <string>
#include <string_view>

#include "diag/diagnostic_sink.h"

namespace migc {

// Returns `text` in canonical layout. Precondition: the text parses without
// errors (the driver checks); on other input it still returns some text and
// never crashes, but the result is unspecified. Deterministic and idempotent:
// formatSource(formatSource(x)) == formatSource(x). Only whitespace, blank
// lines and optional trailing commas change; strings, numbers with units and
// comments are copied byte for byte, and no line is joined or split.
std::string formatSource(std::string_view text);

// Reports MIG1050 when `formatted` (formatSource of the file's text) differs
// from the text, at the file's first line that would change; returns whether
// it did.
bool reportIfNotCanonical(const SourceManager& sm, FileId file, std::string_view formatted, DiagnosticSink& diags);

}  // namespace migc
