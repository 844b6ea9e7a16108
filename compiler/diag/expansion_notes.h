// Diagnostics inside a component's body point at the definition; this adds
// the use that caused them as a note ("in component 'pair', used here"), one
// per level when components use components — like clang's "expanded from".
#pragma once

#include <vector>

#include "diag/diagnostic.h"

namespace migc {

// Adds the notes to diags[from..]; call once for each diagnostic.
void addExpansionNotes(const SourceManager& sm, std::vector<Diagnostic>& diags, size_t from = 0);

}  // namespace migc
