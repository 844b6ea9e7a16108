// SARIF 2.1.0 for code-scanning tools. Columns are counted in Unicode code
// points (declared with run.columnKind); ranges are start-inclusive and
// end-exclusive, as SARIF regions are.
#include <filesystem>
#include <map>

#include <fmt/format.h>
#include <llvm/ADT/StringExtras.h>
#include <llvm/Support/SHA256.h>
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

constexpr const char* kSourceRoot = "%SRCROOT%";

// An artifactLocation: relative to %SRCROOT% when the file is under the
// source root, else an absolute file URI (code scanning rejects a relative
// reference that starts with '/').
ordered_json artifactLocation(std::string_view path, const SarifOptions& options) {
  namespace fs = std::filesystem;
  if (options.source_root.empty() || path == "<stdin>") return ordered_json{{"uri", toUri(path)}};
  fs::path root(options.source_root);
  fs::path file = fs::path(path).is_absolute() ? fs::path(path) : root / path;
  fs::path relative = file.lexically_normal().lexically_relative(root);
  if (!relative.empty() && *relative.begin() != "..")
    return ordered_json{{"uri", toUri(relative.generic_string())}, {"uriBaseId", kSourceRoot}};
  return ordered_json{{"uri", "file://" + toUri(file.lexically_normal().generic_string())}};
}

ordered_json physicalLocation(const SourceManager& sm, SourceRange r, const SarifOptions& options) {
  return ordered_json{
      {"artifactLocation", artifactLocation(sm.path(r.file), options)},
      {"region", region(sm, r)}};
}

std::string_view trimmed(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

// A result's identity across edits that move it: the code, the file, the
// text of its first line (not its number) and its rank among results alike
// in all three. Code scanning matches alerts between runs by it.
class Fingerprints {
 public:
  explicit Fingerprints(const SourceManager& sm) : sm_(sm) {}
  // `uri`: the result's artifact URI, so that the fingerprint does not
  // depend on how the path was spelt on the command line.
  std::string of(const Diagnostic& d, std::string_view uri) {
    std::string key = std::string(d.code()) + '\0';
    if (d.range.file.valid()) {
      std::string_view line = sm_.lineText(d.range.file, sm_.lineCol(d.range.file, d.range.begin).line);
      key += std::string(uri) + '\0' + std::string(trimmed(line));
    }
    key += '\0' + std::to_string(seen_[key]++);
    auto digest = llvm::SHA256::hash(llvm::arrayRefFromStringRef(key));
    return llvm::toHex(llvm::StringRef(reinterpret_cast<const char*>(digest.data()), digest.size()), true);
  }

 private:
  const SourceManager& sm_;
  std::map<std::string, size_t> seen_;
};

std::string helpUri(const ToolInfo& tool, std::string_view page, std::string_view anchor) {
  return tool.docs_uri.empty() ? std::string() : fmt::format("{}/{}#{}", tool.docs_uri, page, anchor);
}

}  // namespace

std::string renderSarif(const SourceManager& sm, std::span<const Diagnostic> diags,
                        const ToolInfo& tool, const SarifOptions& options) {
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
    bool policy = info.code.starts_with("MIG5");
    if (std::string uri = helpUri(tool, policy ? "policies.md" : "diagnostics.md", lowerCode(info.code)); !uri.empty())
      rule["helpUri"] = uri;
    if (policy) rule["properties"] = {{"tags", {"policy"}}};
    rules.push_back(std::move(rule));
  }
  // A program's own policies report under codes the registry cannot list;
  // each gets a rule described by its first finding.
  for (const Diagnostic& d : diags) {
    if (d.custom_code.empty() || rule_index.count(d.code())) continue;
    rule_index[d.code()] = rules.size();
    ordered_json rule{
        {"id", d.custom_code},
        {"name", "ProjectRule"},
        {"shortDescription", {{"text", d.message}}},
        {"fullDescription", {{"text", fmt::format("A policy declared in the program: {}.", d.message)}}},
        {"help", {{"text", "A policy declared in the program (see docs/policies.md, \"Project rules\")."}}},
        {"defaultConfiguration", {{"level", sarifLevel(d.severity)}}}};
    if (std::string uri = helpUri(tool, "policies.md", "project-rules"); !uri.empty()) rule["helpUri"] = uri;
    rule["properties"] = {{"tags", {"policy", "project"}}};
    rules.push_back(std::move(rule));
  }

  ordered_json results = ordered_json::array();
  Fingerprints fingerprints(sm);
  for (const Diagnostic& d : diags) {
    ordered_json r{{"ruleId", std::string(d.code())},
                   {"ruleIndex", rule_index[d.code()]},
                   {"level", sarifLevel(d.severity)},
                   {"message", {{"text", d.message}}}};
    std::string uri;
    if (d.range.file.valid()) {
      ordered_json location = physicalLocation(sm, d.range, options);
      uri = location["artifactLocation"]["uri"];
      r["locations"] = ordered_json::array({{{"physicalLocation", std::move(location)}}});
    }
    r["partialFingerprints"] = {{"migcResult/v1", fingerprints.of(d, uri)}};
    ordered_json related = ordered_json::array();
    int id = 0;
    for (const DiagNote& n : d.notes) {
      if (!n.range.file.valid()) continue;
      related.push_back(ordered_json{{"id", id++},
                                     {"message", {{"text", n.message}}},
                                     {"physicalLocation", physicalLocation(sm, n.range, options)}});
    }
    if (!related.empty()) r["relatedLocations"] = std::move(related);
    ordered_json fixes = ordered_json::array();
    for (const FixIt& f : d.fixes) {
      fixes.push_back(ordered_json{
          {"description", {{"text", d.help.empty() ? "apply the suggested change" : d.help}}},
          {"artifactChanges",
           ordered_json::array({{{"artifactLocation", artifactLocation(sm.path(f.range.file), options)},
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
  ordered_json run{{"tool", {{"driver", std::move(driver)}}}};
  if (!options.source_root.empty()) {
    std::string root = "file://" + toUri(std::filesystem::path(options.source_root).lexically_normal().generic_string());
    if (!root.ends_with('/')) root += '/';
    run["originalUriBaseIds"] = {{kSourceRoot, {{"uri", root}}}};
  }
  run["columnKind"] = "unicodeCodePoints";
  run["results"] = std::move(results);
  ordered_json sarif{
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs", ordered_json::array({std::move(run)})}};
  return sarif.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace migc
