// The project's policy configuration: migc.json at the workspace root (or
// --config FILE), possibly extending policy packs (stdlib/policy/*.json or
// files next to it). Read with positions, so every problem in it is a
// diagnostic with file:line:col (MIG4001-MIG4012). The format is documented
// by schema/migc-config.schema.json and docs/policies.md.
#pragma once

#include <filesystem>
#include <map>
#include <set>
#include <string>

#include "diag/diagnostic_sink.h"
#include "policy/rule.h"

namespace migc::policy {

// Settings for one code: a built-in rule, a domain check (MIG2xxx) or a
// project rule (MIG59xx) declared with `policy` in the program.
struct CodeSettings : RuleSettings {
  bool severity_set = false;  // the config chose the severity
  SourceRange where;          // where the config names the code (for later diagnostics)
};

struct PolicyConfig {
  std::filesystem::path file;  // empty: no config file, the registry defaults apply
  std::map<std::string, CodeSettings, std::less<>> codes;  // every built-in rule, plus what the config names

  const CodeSettings* find(std::string_view code) const;
  // The codes the config marks non-suppressible.
  std::set<std::string, std::less<>> locked() const;
};

// The registry defaults: every built-in rule at its default severity,
// enabled when the registry enables it.
PolicyConfig defaultPolicyConfig();

// migc.json in `root`, else in its parents up to (and including) the first
// folder holding .git; empty when there is none.
std::filesystem::path findConfigFile(const std::filesystem::path& root);

// Reads `file` (and the packs it extends) into `config`, reporting problems
// into `sink`; the files are added to `sm` so that diagnostics can show them.
// Returns false only when `file` cannot be read.
bool loadPolicyConfig(const std::filesystem::path& file, const std::filesystem::path& stdlib_dir,
                      SourceManager& sm, DiagnosticSink& sink, PolicyConfig& config, std::string& error);

// The top-level members and per-rule members the reader accepts (the schema
// test compares them with schema/migc-config.schema.json).
const std::vector<std::string>& configTopLevelKeys();
const std::vector<std::string>& configRuleKeys();

}  // namespace migc::policy
