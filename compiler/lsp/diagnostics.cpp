// Compiler diagnostics as LSP diagnostics: the code with a link to its
// documentation, the range, notes with a location as related information
// (the others, and the help line, appended to the message), and fix-its
// (kept for code actions, edits.cpp).
#include "lsp/features.h"

namespace migc::lsp {
namespace {

int severityOf(Severity s) {
  switch (s) {
    case Severity::Error: return 1;
    case Severity::Warning: return 2;
    case Severity::Note: return 3;
  }
  return 1;
}

// GitHub's heading anchor: lower case, punctuation dropped, spaces to '-'.
std::string anchor(std::string_view heading) {
  std::string out;
  for (unsigned char c : heading) {
    if (std::isalnum(c) || c == '-' || c == '_' || c >= 0x80) out.push_back(static_cast<char>(std::tolower(c)));
    else if (c == ' ') out.push_back('-');
  }
  return out;
}

}  // namespace

std::string docsLink(const std::string& docs_base, std::string_view code) {
  if (docs_base.empty() || code.size() != 7) return {};
  // Policy rules (built in and a program's own) are documented in policies.md.
  if (code.starts_with("MIG59")) return docs_base + "policies.md#project-rules";
  if (code.starts_with("MIG5")) return docs_base + "policies.md#" + anchor(code);
  auto kind = findDiagByCode(code);
  if (!kind) return {};
  const DiagInfo& info = diagInfo(*kind);
  return docs_base + "diagnostics.md#" + anchor(std::string(info.code) + ": " + std::string(info.summary));
}

json diagnosticsOf(const Query& q, const std::string& docs_base) {
  json out = json::array();
  for (const Diagnostic& d : q.analysis.ws.diags.diagnostics()) {
    if (d.range.file != q.file) continue;
    std::string message = d.message;
    json related = json::array();
    for (const DiagNote& n : d.notes) {
      if (n.range.file.valid()) related.push_back({{"location", q.location(n.range)}, {"message", n.message}});
      else message += "\nnote: " + n.message;
    }
    if (!d.help.empty()) message += "\nhelp: " + d.help;
    json diag{{"range", q.range(d.range)},
              {"severity", severityOf(d.severity)},
              {"code", std::string(d.code())},
              {"source", "migc"},
              {"message", message}};
    if (std::string link = docsLink(docs_base, d.code()); !link.empty()) diag["codeDescription"] = {{"href", link}};
    if (!related.empty()) diag["relatedInformation"] = std::move(related);
    out.push_back(std::move(diag));
  }
  return out;
}

}  // namespace migc::lsp
