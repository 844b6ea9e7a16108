// Diagnostics inside a component's body point at the definition; this adds
// the use that caused them as a note ("in component 'pair', used here"), one
// per level when components use components — like clang's "expanded from".
// A mistake in a body used 50 times is one diagnostic, not 50: the same
// diagnostic at the same place in the body is reported once, with a note
// for each use that led there.
#pragma once

#include <vector>

#include "diag/diagnostic_sink.h"

namespace migc {

// Adds the notes to the sink's diagnostics from `from` on, and merges the
// repeated ones among them; call once for each diagnostic.
void addExpansionNotes(const SourceManager& sm, DiagnosticSink& diags, size_t from = 0);

}  // namespace migc
