#include <nlohmann/json.hpp>

#include "diag/render.h"

namespace migc {
namespace {

using nlohmann::ordered_json;

ordered_json location(const SourceManager& sm, SourceRange r) {
  ordered_json j = ordered_json::object();
  if (!r.file.valid()) return j;
  LineCol b = sm.lineCol(r.file, r.begin);
  LineCol e = sm.lineCol(r.file, r.end);
  j["file"] = std::string(sm.path(r.file));
  j["line"] = b.line;
  j["column"] = b.column;
  j["endLine"] = e.line;
  j["endColumn"] = e.column;
  return j;
}

}  // namespace

std::string renderJsonLines(const SourceManager& sm, std::span<const Diagnostic> diags) {
  std::string out;
  for (const Diagnostic& d : diags) {
    ordered_json j = location(sm, d.range);
    j["severity"] = std::string(severityName(d.severity));
    j["code"] = std::string(d.code());
    j["message"] = d.message;
    ordered_json notes = ordered_json::array();
    for (const DiagNote& n : d.notes) {
      ordered_json jn = location(sm, n.range);
      jn["message"] = n.message;
      notes.push_back(std::move(jn));
    }
    j["notes"] = std::move(notes);
    ordered_json fixes = ordered_json::array();
    for (const FixIt& f : d.fixes) {
      ordered_json jf = location(sm, f.range);
      jf["replacement"] = f.replacement;
      fixes.push_back(std::move(jf));
    }
    j["fixes"] = std::move(fixes);
    if (!d.help.empty()) j["help"] = d.help;
    out += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    out += '\n';
  }
  return out;
}

}  // namespace migc
