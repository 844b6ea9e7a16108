#include "policy/suppressions.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace migc::policy {

bool isSuppressible(std::string_view code) {
  return code.size() == 7 && code.substr(0, 3) == "MIG" && code[3] >= '2';
}

namespace {

// The suppressions of one (code, file), resolved once: a finding looks up
// its group and tests only the declarations that can contain it, so the
// pass is linear in findings plus suppressions. (A scan of every @allow per
// finding, with a name lookup each, was cubic in a program's size.)
struct Group {
  std::vector<size_t> whole_file;  // @file:allow
  struct Span {
    uint32_t begin, end;
    size_t suppression;
  };
  std::vector<Span> spans;          // by begin
  std::vector<uint32_t> max_end;    // max_end[i]: the largest end in spans[0..i]

  // Every suppression whose declaration contains [begin, end).
  template <typename Visit>
  void covering(uint32_t begin, uint32_t end, Visit&& visit) const {
    for (size_t s : whole_file) visit(s);
    auto after = std::upper_bound(spans.begin(), spans.end(), begin, [](uint32_t b, const Span& s) { return b < s.begin; });
    // Walk back while an earlier span can still reach `end`.
    for (size_t i = static_cast<size_t>(after - spans.begin()); i-- > 0 && max_end[i] >= end;)
      if (spans[i].end >= end) visit(spans[i].suppression);
  }
};

using GroupKey = std::pair<std::string_view, uint32_t>;  // code, file index

std::map<GroupKey, Group, std::less<>> groupSuppressions(const ir::Program& program,
                                                          const std::set<std::string, std::less<>>& locked) {
  std::map<GroupKey, Group, std::less<>> groups;
  for (size_t i = 0; i < program.suppressions.size(); ++i) {
    const ir::Suppression& s = program.suppressions[i];
    if (locked.count(s.code)) continue;  // reported below, never applied
    Group& g = groups[{s.code, s.file.index}];
    if (s.object.empty()) {
      g.whole_file.push_back(i);
    } else if (const ir::Object* o = program.find(s.object)) {
      g.spans.push_back({o->range.begin, o->range.end, i});
    }
  }
  for (auto& [key, g] : groups) {
    std::stable_sort(g.spans.begin(), g.spans.end(), [](const Group::Span& a, const Group::Span& b) { return a.begin < b.begin; });
    uint32_t max_end = 0;
    for (const Group::Span& s : g.spans) g.max_end.push_back(max_end = std::max(max_end, s.end));
  }
  return groups;
}

}  // namespace

void applySuppressions(const ir::Program& program, DiagnosticSink& diags, bool judge_unused,
                       const std::set<std::string, std::less<>>& locked, std::string_view config_name) {
  std::vector<bool> used(program.suppressions.size(), false);
  const auto groups = groupSuppressions(program, locked);
  DiagnosticSink kept;
  for (Diagnostic& d : diags.diagnostics()) {
    bool suppressed = false;
    if (isSuppressible(d.code())) {
      auto it = groups.find(GroupKey{d.code(), d.range.file.index});
      if (it != groups.end())
        it->second.covering(d.range.begin, d.range.end, [&](size_t i) { used[i] = suppressed = true; });
    }
    if (!suppressed) kept.add(std::move(d));
  }
  for (size_t i = 0; i < program.suppressions.size(); ++i) {
    const ir::Suppression& s = program.suppressions[i];
    if (locked.count(s.code)) {
      kept.report(DiagKind::NonSuppressibleRule, s.range, s.code, config_name)
          .help("fix the finding, or change the rule's setting in the config");
      continue;
    }
    if (!judge_unused || used[i] || !isSuppressible(s.code)) continue;
    kept.report(DiagKind::UnusedSuppression, s.range, s.code).fix(s.range, "");
  }
  diags = std::move(kept);
}

}  // namespace migc::policy
