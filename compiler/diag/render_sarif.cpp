// SARIF 2.1.0 for code-scanning tools. Columns are counted in Unicode code
// points (declared with run.columnKind); ranges are start-inclusive and
// end-exclusive, as SARIF regions are.
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "diag/render.h"

namespace migc {
namespace {

using nlohmann::ordered_json;

std::string sarifLevel(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "error";
}

// A relative URI reference: path separators kept, everything outside the
// unreserved set percent-encoded.
std::string toUri(std::string_view path) {
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~')
      out.push_back(static_cast<char>(c));
    else
      out += fmt::format("%{:02X}", c);
  }
  return out;
}

ordered_json region(const SourceManager& sm, SourceRange r) {
  LineCol b = sm.lineCol(r.file, r.begin);
  LineCol e = sm.lineCol(r.file, r.end);
  return ordered_json{{"startLine", b.line},
                      {"startColumn", codePointColumn(sm, r.file, r.begin)},
                      {"endLine", e.line},
                      {"endColumn", codePointColumn(sm, r.file, r.end)}};
}

std::string lowerCode(std::string_view code) {
  std::string out;
  for (char c : code) out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return out;
}

ordered_json physicalLocation(const SourceManager& sm, SourceRange r) {
  return ordered_json{
      {"artifactLocation", {{"uri", toUri(sm.path(r.file))}}},
      {"region", region(sm, r)}};
}

}  // namespace

std::string renderSarif(const SourceManager& sm, std::span<const Diagnostic> diags,
                        const ToolInfo& tool) {
  ordered_json rules = ordered_json::array();
  std::map<std::string_view, size_t> rule_index;
  for (const DiagInfo& info : allDiagInfos()) {
    rule_index[info.code] = rules.size();
    ordered_json rule{
        {"id", std::string(info.code)},
        {"name", std::string(info.name)},
        {"shortDescription", {{"text", std::string(info.summary)}}},
        {"fullDescription", {{"text", std::string(info.explanation)}}},
        {"help", {{"text", std::string(info.explanation)}}},
        {"defaultConfiguration", {{"level", sarifLevel(info.severity)}}}};
    // Policy rules are documented with examples in docs/policies.md.
    if (info.code.starts_with("MIG5"))
      rule["properties"] = {{"tags", {"policy"}}, {"docs", fmt::format("docs/policies.md#{}", lowerCode(info.code))}};
    rules.push_back(std::move(rule));
  }
  // A program's own policies report under codes the registry cannot list;
  // each gets a rule described by its first finding.
  for (const Diagnostic& d : diags) {
    if (d.custom_code.empty() || rule_index.count(d.code())) continue;
    rule_index[d.code()] = rules.size();
    rules.push_back(ordered_json{
        {"id", d.custom_code},
        {"name", "ProjectRule"},
        {"shortDescription", {{"text", d.message}}},
        {"help", {{"text", "A policy declared in the program (see docs/policies.md, \"Project rules\")."}}},
        {"defaultConfiguration", {{"level", sarifLevel(d.severity)}}},
        {"properties", {{"tags", {"policy", "project"}}, {"docs", "docs/policies.md#project-rules"}}}});
  }

  ordered_json results = ordered_json::array();
  for (const Diagnostic& d : diags) {
    ordered_json r{{"ruleId", std::string(d.code())},
                   {"ruleIndex", rule_index[d.code()]},
                   {"level", sarifLevel(d.severity)},
                   {"message", {{"text", d.message}}}};
    if (d.range.file.valid())
      r["locations"] = ordered_json::array({{{"physicalLocation", physicalLocation(sm, d.range)}}});
    ordered_json related = ordered_json::array();
    int id = 0;
    for (const DiagNote& n : d.notes) {
      if (!n.range.file.valid()) continue;
      related.push_back(ordered_json{{"id", id++},
                                     {"message", {{"text", n.message}}},
                                     {"physicalLocation", physicalLocation(sm, n.range)}});
    }
    if (!related.empty()) r["relatedLocations"] = std::move(related);
    ordered_json fixes = ordered_json::array();
    for (const FixIt& f : d.fixes) {
      fixes.push_back(ordered_json{
          {"description", {{"text", d.help.empty() ? "apply the suggested change" : d.help}}},
          {"artifactChanges",
           ordered_json::array({{{"artifactLocation", {{"uri", toUri(sm.path(f.range.file))}}},
                                 {"replacements",
                                  ordered_json::array({{{"deletedRegion", region(sm, f.range)},
                                                        {"insertedContent",
                                                         {{"text", f.replacement}}}}})}}})}});
    }
    if (!fixes.empty()) r["fixes"] = std::move(fixes);
    results.push_back(std::move(r));
  }

  ordered_json driver{{"name", tool.name},
                      {"version", tool.version},
                      {"semanticVersion", tool.version}};
  if (!tool.information_uri.empty()) driver["informationUri"] = tool.information_uri;
  driver["rules"] = std::move(rules);
  ordered_json sarif{
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs", ordered_json::array({{{"tool", {{"driver", std::move(driver)}}},
                                     {"columnKind", "unicodeCodePoints"},
                                     {"results", std::move(results)}}})}};
  return sarif.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace migc
