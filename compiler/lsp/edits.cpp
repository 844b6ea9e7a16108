// Formatting (the `migc fmt` engine) and code actions: every fix-it a
// diagnostic carries, and `@allow(CODE, reason = "...")` on the declaration
// for a finding that may be suppressed (MIG2xxx and later).
#include <fmt/format.h>

#include "format/formatter.h"
#include "lsp/features.h"
#include "lsp/syntax_query.h"

namespace migc::lsp {
namespace {

bool hasSyntaxErrors(const Query& q) {
  for (const Diagnostic& d : q.analysis.ws.diags.diagnostics())
    if (d.range.file == q.file && d.severity == Severity::Error && d.code().starts_with("MIG0")) return true;
  for (size_t i = 0; i < q.analysis.parse_diags.size(); ++i)
    if (q.analysis.ws.files[i] == q.file)
      for (const Diagnostic& d : q.analysis.parse_diags[i])
        if (d.severity == Severity::Error) return true;
  return false;
}

json brief(const Query& q, const Diagnostic& d) {
  return {{"range", q.range(d.range)}, {"code", std::string(d.code())}, {"message", d.message}, {"source", "migc"}};
}

// Where an @allow for a finding at `offset` goes: before the top-level
// declaration holding it (suppressions name objects), else at the top of
// the file as @file:allow.
std::pair<uint32_t, bool> allowAnchor(const Query& q, uint32_t offset) {
  if (!q.ast) return {0, false};
  for (NodeId id : pathAt(*q.ast, offset)) {
    const Node& n = q.ast->node(id);
    if (n.kind == NodeKind::Block && n.a) return {n.begin, true};
    if (n.kind == NodeKind::Component) break;
  }
  return {0, false};
}

}  // namespace

json formatting(const Query& q) {
  // Like `migc fmt`: a file with syntax errors is left alone, so a
  // half-typed file never loses text.
  if (hasSyntaxErrors(q)) return json::array();
  std::string formatted = formatSource(q.text);
  if (formatted == q.text) return json::array();
  SourceRange all{q.file, 0, static_cast<uint32_t>(q.text.size())};
  return json::array({{{"range", q.range(all)}, {"newText", formatted}}});
}

json codeActions(const Query& q, uint32_t begin, uint32_t end) {
  json out = json::array();
  for (const Diagnostic& d : q.analysis.ws.diags.diagnostics()) {
    if (d.range.file != q.file || d.range.end < begin || d.range.begin > end) continue;
    for (const FixIt& f : d.fixes) {
      if (!f.range.file.valid()) continue;
      std::string title = f.replacement.empty() ? "Remove this"
                          : f.range.begin == f.range.end ? fmt::format("Insert '{}'", f.replacement)
                                                         : fmt::format("Replace with '{}'", f.replacement);
      json edit{{"changes", {{q.uriOf(f.range.file), json::array({{{"range", q.range(f.range)}, {"newText", f.replacement}}})}}}};
      out.push_back({{"title", title + " (" + std::string(d.code()) + ")"}, {"kind", "quickfix"},
                     {"diagnostics", json::array({brief(q, d)})}, {"isPreferred", d.fixes.size() == 1}, {"edit", edit}});
    }
    std::string_view code = d.code();
    bool suppressible = code.size() == 7 && code.starts_with("MIG") && code[3] >= '2' && d.severity != Severity::Note;
    if (!suppressible) continue;
    auto [at, on_declaration] = allowAnchor(q, d.range.begin);
    uint32_t line_start = at;
    while (line_start > 0 && q.text[line_start - 1] != '\n') --line_start;
    std::string indent(q.text.substr(line_start, at - line_start));
    if (indent.find_first_not_of(" \t") != std::string::npos) indent.clear();
    std::string annotation = fmt::format("@{}allow({}, reason = \"TODO: why this is acceptable here\")\n{}",
                                         on_declaration ? "" : "file:", code, on_declaration ? indent : "");
    SourceRange where{q.file, at, at};
    json edit{{"changes", {{q.uri, json::array({{{"range", q.range(where)}, {"newText", annotation}}})}}}};
    out.push_back({{"title", fmt::format("Suppress {} with @{}allow", code, on_declaration ? "" : "file:")},
                   {"kind", "quickfix"},
                   {"diagnostics", json::array({brief(q, d)})},
                   {"edit", edit}});
  }
  return out;
}

}  // namespace migc::lsp
