#include "diag/expansion_notes.h"

#include <fmt/format.h>

#include <map>
#include <tuple>

namespace migc {
namespace {

void addNotes(const SourceManager& sm, Diagnostic& d, uint32_t expansion) {
  // Bounded by the number of expansions: a chain never repeats an id, as
  // each use lies in an expansion created before it.
  for (uint32_t id = expansion; id != 0;) {
    const SourceManager::Expansion& e = sm.expansion(id);
    d.notes.push_back({fmt::format("in component '{}', used here", e.component), e.use});
    id = e.use.expansion < id ? e.use.expansion : 0;
  }
}

// What makes two diagnostics from different uses of a body the same one:
// everything but the expansion they were elaborated in.
using Key = std::tuple<std::string_view, Severity, std::string_view, uint32_t, uint32_t, uint32_t, std::string_view>;
Key keyOf(const Diagnostic& d) {
  return {d.code(), d.severity, d.message, d.range.file.index, d.range.begin, d.range.end, d.help};
}

bool sameDetails(const Diagnostic& a, const Diagnostic& b) {
  if (a.notes.size() != b.notes.size() || a.fixes.size() != b.fixes.size()) return false;
  for (size_t i = 0; i < a.notes.size(); ++i)
    if (a.notes[i].message != b.notes[i].message || a.notes[i].range.begin != b.notes[i].range.begin ||
        a.notes[i].range.file.index != b.notes[i].range.file.index)
      return false;
  for (size_t i = 0; i < a.fixes.size(); ++i)
    if (a.fixes[i].replacement != b.fixes[i].replacement || a.fixes[i].range.begin != b.fixes[i].range.begin)
      return false;
  return true;
}

}  // namespace

void addExpansionNotes(const SourceManager& sm, DiagnosticSink& sink, size_t from) {
  std::vector<Diagnostic>& diags = sink.diagnostics();
  if (from >= diags.size()) return;
  bool merged = false;
  std::map<Key, size_t> first;  // a diagnostic inside a body -> where it is kept
  std::vector<bool> drop(diags.size(), false);
  for (size_t i = from; i < diags.size(); ++i) {
    Diagnostic& d = diags[i];
    if (d.range.expansion == 0) continue;
    auto [it, inserted] = first.try_emplace(keyOf(d), i);
    if (!inserted && sameDetails(diags[it->second], d)) {
      drop[i] = true;
      merged = true;
      continue;
    }
  }
  // Notes after the comparison: each kept diagnostic gets its own chain,
  // then the chains of the repeats merged into it, in the order reported.
  std::vector<size_t> keeper(diags.size());
  for (size_t i = from; i < diags.size(); ++i) {
    keeper[i] = i;
    if (drop[i]) keeper[i] = first.at(keyOf(diags[i]));
  }
  for (size_t i = from; i < diags.size(); ++i) addNotes(sm, diags[keeper[i]], diags[i].range.expansion);
  if (!merged) return;
  DiagnosticSink kept;
  for (size_t i = 0; i < diags.size(); ++i)
    if (i < from || !drop[i]) kept.add(std::move(diags[i]));
  sink = std::move(kept);
}

}  // namespace migc
