// The plumbing every policy rule shares. A rule is a small class, one per
// file under rules/, listed in rules.def. What a rule is (code, default
// severity, message, summary, explanation) lives in its diagnostic entry in
// diag/diagnostic_kinds.def; its id, category, default enablement, options
// and documented examples live here and in rules.def. The config
// (migc.json, policy packs) decides per rule: enabled, severity, options,
// suppressible. Rules read the checked ir::Program and report through
// RuleContext, which applies the configured severity.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "checks/stdlib_data.h"
#include "diag/diagnostic_sink.h"
#include "ir/program.h"
#include "policy/json_reader.h"

namespace migc::policy {

// A rule option as documented and accepted in the config.
struct RuleOption {
  enum class Type : uint8_t { Integer, String, StringList, IntegerMap };
  std::string name;
  Type type;
  std::string default_json;  // the default, as JSON (also shown in the docs and schema)
  std::string doc;
};
std::string_view optionTypeName(RuleOption::Type type);
// Whether a config value has the option's type ("" when it does, else what was expected).
std::string optionTypeMismatch(RuleOption::Type type, const JsonNode& value);

// One rule's settings after the defaults, packs and migc.json were applied.
struct RuleSettings {
  bool enabled = true;
  Severity severity = Severity::Warning;
  bool suppressible = true;
  std::vector<std::pair<std::string, JsonNode>> options;  // only those the config set
};

class PolicyRule;

// What the budget rule reads: the program's monthly cost estimate, which the
// driver computes (the estimate needs the lowering, which sits above this
// pass: backends/cost/). Null when it cannot be had (no price table).
struct CostSummary {
  double low_usd = 0;  // a lower bound: unpriced and usage-dependent items add nothing
  size_t not_priced = 0;
  // "declaration: resource dimension", with its low figure; largest first.
  std::vector<std::pair<std::string, double>> largest;
};
using CostProvider = std::function<const CostSummary*()>;

class RuleContext {
 public:
  RuleContext(const ir::Program& program, const checks::StdlibData& data, const PolicyRule& rule,
              const RuleSettings& settings, DiagnosticSink& sink, const CostProvider* cost = nullptr)
      : program_(program), data_(data), rule_(rule), settings_(settings), sink_(sink), cost_(cost) {}

  const ir::Program& program() const { return program_; }
  const checks::StdlibData& data() const { return data_; }
  // The cost estimate, computed on first use; null when there is none.
  const CostSummary* cost() const { return cost_ && *cost_ ? (*cost_)() : nullptr; }

  // Reports the rule's diagnostic at the configured severity. The builder
  // refers into the sink: finish the chain before reporting again.
  template <typename... Args>
  DiagBuilder report(SourceRange range, Args&&... args) const {
    Diagnostic d;
    d.kind = kind();
    d.severity = settings_.severity;
    d.message = fmt::format(fmt::runtime(diagInfo(d.kind).format), std::forward<Args>(args)...);
    d.range = range;
    return sink_.add(std::move(d));
  }

  // Declarations of one kind, in program order.
  std::vector<const ir::Object*> objectsOf(std::string_view kind) const;
  // The declaration a reference field points at (`network = main`), or null.
  const ir::Object* referenced(const ir::Object& object, std::string_view path) const;
  // Declarations whose field `path` (a reference, or a list of them) names `target`.
  std::vector<const ir::Object*> referrers(const ir::Object& target, std::string_view kind,
                                           std::string_view path) const;
  // The object whose metric an alarm watches, and the metric (`target_lag`).
  std::pair<const ir::Object*, std::string> watched(const ir::Object& alarm) const;
  // What the user wrote for a field; else its block; else the name.
  SourceRange where(const ir::Object& object, std::string_view path) const;
  // A fix adding `entry` (`"rds.force_ssl" = 1`) to a map the user wrote:
  // after its last entry, or replacing `{}`. False when the map is not written.
  bool addToMap(DiagBuilder& b, const ir::Value* map, std::string_view entry) const;

  // Option values: the config's, else the rule's documented default.
  int64_t integer(std::string_view option) const;
  std::string string(std::string_view option) const;
  std::vector<std::string> strings(std::string_view option) const;
  std::vector<std::pair<std::string, int64_t>> integerMap(std::string_view option) const;

 private:
  DiagKind kind() const;
  const JsonNode& option(std::string_view name) const;

  const ir::Program& program_;
  const checks::StdlibData& data_;
  const PolicyRule& rule_;
  const RuleSettings& settings_;
  DiagnosticSink& sink_;
  const CostProvider* cost_;
  // (kind, path) -> for each declaration, by index, those naming it (referrers()).
  mutable std::map<std::pair<std::string, std::string>, std::vector<std::vector<const ir::Object*>>> referrers_;
};

class PolicyRule {
 public:
  virtual ~PolicyRule() = default;
  virtual DiagKind kind() const = 0;
  virtual std::vector<RuleOption> options() const { return {}; }
  virtual void run(const RuleContext& ctx) const = 0;
};

// A rule's registry entry (rules.def) with its implementation.
struct RuleEntry {
  DiagKind kind;
  std::string_view id;        // kebab-case name, accepted in the config like the code
  std::string_view category;  // tagging, naming, lifecycle, encryption, ...
  bool enabled_by_default;
  std::string_view failing;   // a program fragment that breaks the rule (docs + tests)
  std::string_view passing;   // the same fragment, fixed
  const PolicyRule* rule;

  std::string_view code() const { return diagInfo(kind).code; }
};

const std::vector<RuleEntry>& allRules();
const RuleEntry* findRule(std::string_view code_or_id);

// MIG5900-MIG5999: the codes a program's own `policy` declarations use.
bool isProjectRuleCode(std::string_view code);

// Documentation of a rule: where docs/policies.md describes it.
std::string ruleDocsAnchor(std::string_view code);  // "mig5001"

}  // namespace migc::policy
