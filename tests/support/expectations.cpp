#include "support/expectations.h"

#include <fmt/format.h>

#include <regex>

namespace migc::test {

std::vector<Expectation> parseExpectations(std::string_view text) {
  static const std::regex re(
      R"((?://|#)\s*expect-(error|warning|note)(?:@([+-]\d+))?(?:\[(MIG\d{4})\])?:\s*(.*?)\s*$)");
  std::vector<Expectation> out;
  uint32_t line = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    std::string l(text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
    ++line;
    std::smatch m;
    if (std::regex_search(l, m, re)) {
      Expectation e;
      e.severity = m[1];
      e.written_on = line;
      e.line = line + (m[2].matched ? std::stoi(m[2]) : 0);
      e.code = m[3];
      e.message = m[4];
      out.push_back(e);
    }
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return out;
}

namespace {

struct Seen {
  std::string severity, code, message;
  FileId file;
  uint32_t line;
};

bool matches(const Expectation& e, const Seen& s) {
  return e.severity == s.severity && e.code == s.code && e.line == s.line &&
         s.message.find(e.message) != std::string::npos;
}

}  // namespace

std::vector<std::string> compareExpectations(const Workspace& ws) {
  std::vector<std::string> problems;
  std::vector<Seen> seen;
  for (const Diagnostic& d : ws.diags.diagnostics()) {
    uint32_t line = d.range.file.valid() ? ws.sources.lineCol(d.range.file, d.range.begin).line : 0;
    seen.push_back({std::string(severityName(d.severity)), std::string(d.code()), d.message,
                    d.range.file, line});
    for (const DiagNote& n : d.notes) {
      if (!n.range.file.valid()) continue;
      seen.push_back({"note", "", n.message, n.range.file,
                      ws.sources.lineCol(n.range.file, n.range.begin).line});
    }
  }
  std::vector<bool> used(seen.size(), false);
  for (FileId f : ws.files) {
    std::string_view path = ws.sources.path(f);
    for (const Expectation& e : parseExpectations(ws.sources.text(f))) {
      bool found = false;
      for (size_t i = 0; i < seen.size() && !found; ++i) {
        if (!used[i] && seen[i].file == f && matches(e, seen[i])) used[i] = found = true;
      }
      if (!found)
        problems.push_back(fmt::format("{}:{}: expected {}{} not produced: \"{}\"", path,
                                       e.written_on, e.severity,
                                       e.code.empty() ? "" : "[" + e.code + "]", e.message));
    }
  }
  for (size_t i = 0; i < seen.size(); ++i) {
    if (used[i] || seen[i].severity == "note") continue;
    std::string_view path = seen[i].file.valid() ? ws.sources.path(seen[i].file) : "<none>";
    problems.push_back(fmt::format("{}:{}: unexpected {}[{}]: {}", path, seen[i].line,
                                   seen[i].severity, seen[i].code, seen[i].message));
  }
  return problems;
}

}  // namespace migc::test
