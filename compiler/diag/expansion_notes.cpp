#include "diag/expansion_notes.h"

#include <fmt/format.h>

namespace migc {

void addExpansionNotes(const SourceManager& sm, std::vector<Diagnostic>& diags, size_t from) {
  for (size_t i = from; i < diags.size(); ++i) {
    // Bounded by the number of expansions: a chain never repeats an id, as
    // each use lies in an expansion created before it.
    for (uint32_t id = diags[i].range.expansion; id != 0;) {
      const SourceManager::Expansion& e = sm.expansion(id);
      diags[i].notes.push_back({fmt::format("in component '{}', used here", e.component), e.use});
      id = e.use.expansion < id ? e.use.expansion : 0;
    }
  }
}

}  // namespace migc
