#include "policy/suppressions.h"

namespace migc::policy {

bool isSuppressible(std::string_view code) {
  return code.size() == 7 && code.substr(0, 3) == "MIG" && code[3] >= '2';
}

void applySuppressions(const ir::Program& program, DiagnosticSink& diags, bool judge_unused,
                       const std::set<std::string, std::less<>>& locked, std::string_view config_name) {
  std::vector<bool> used(program.suppressions.size(), false);
  auto covers = [&](const ir::Suppression& s, const Diagnostic& d) {
    if (s.code != d.code() || !(s.file == d.range.file) || locked.count(s.code)) return false;
    if (s.object.empty()) return true;  // @file:allow
    const ir::Object* o = program.find(s.object);
    return o && d.range.begin >= o->range.begin && d.range.end <= o->range.end;
  };
  DiagnosticSink kept;
  for (Diagnostic& d : diags.diagnostics()) {
    bool suppressed = false;
    if (isSuppressible(d.code())) {
      for (size_t i = 0; i < program.suppressions.size(); ++i) {
        if (covers(program.suppressions[i], d)) {
          used[i] = true;
          suppressed = true;
        }
      }
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
