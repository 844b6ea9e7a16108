#include "driver/pipeline.h"

#include <algorithm>
#include <fmt/format.h>
#include <optional>
#include <map>
#include <mutex>

#include "backend.h"
#include "base/parallel.h"
#include "checks/checks.h"
#include "diag/expansion_notes.h"
#include "driver/imports.h"
#include "driver/source_hash.h"
#include "lower/param_constraints.h"
#include "policy/policy.h"
#include "policy/suppressions.h"
#include "sema/elaborate.h"

namespace migc {
namespace {

// What `load(dir, error)` reads from the stdlib directory, parsed once per
// process and directory: the stdlib does not change while migc runs, and
// tests run the pipeline many times. One cache per call site (`Load`).
template <typename T, typename Load>
const T* oncePerStdlib(const std::string& flag, std::string& error, Load load) {
  static std::mutex mutex;
  static std::map<std::filesystem::path, T> cache;
  std::filesystem::path dir = checks::findStdlib(nullptr, flag, error);
  if (dir.empty()) return nullptr;
  std::lock_guard lock(mutex);
  if (auto it = cache.find(dir); it != cache.end()) return &it->second;
  std::optional<T> value = load(dir, error);
  if (!value) return nullptr;
  return &cache.emplace(dir, std::move(*value)).first->second;
}

// The stdlib tables.
const checks::StdlibData* stdlibFor(const std::string& flag, std::string& error) {
  return oncePerStdlib<checks::StdlibData>(flag, error, [](const std::filesystem::path& dir, std::string& e) {
    return checks::loadStdlibData(dir, e);
  });
}

}  // namespace

namespace {

// The estimate as the budget rule reads it (policy/rule.h).
policy::CostSummary costSummary(const cost::Estimate& estimate) {
  policy::CostSummary out;
  out.low_usd = estimate.low();
  for (const cost::Line& line : estimate.lines) {
    if (!line.price) ++out.not_priced;
    else if (line.low() > 0)
      out.largest.push_back({fmt::format("{}: {} {}", line.owner, line.resource, line.dimension), line.low()});
  }
  std::stable_sort(out.largest.begin(), out.largest.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return out;
}

}  // namespace

const cost::PriceTable* pricesFor(const std::string& flag, std::string& error) {
  return oncePerStdlib<cost::PriceTable>(flag, error, [](const std::filesystem::path& dir, std::string& e) {
    return cost::loadPriceTable((dir / "data" / "prices.json").string(), e);
  });
}

namespace fs = std::filesystem;

// The folder being compiled: imports may not leave it.
static fs::path workspaceRoot(const std::vector<std::string>& inputs) {
  if (inputs.empty() || inputs.front() == "-") return fs::current_path();
  fs::path p(inputs.front());
  return fs::is_directory(p) ? p : (p.has_parent_path() ? p.parent_path() : fs::current_path());
}

std::vector<sema::SourceFileAst> semaInputs(const Workspace& ws) {
  std::vector<sema::SourceFileAst> files;
  for (size_t i = 0; i < ws.files.size(); ++i) {
    // A file imported `as alias` contributes its names as alias.name.
    std::string alias;
    for (const ImportEdge& e : ws.imports)
      if (e.to == i && !e.alias.empty()) { alias = e.alias; break; }
    files.push_back({&ws.asts[i], ws.sources.text(ws.files[i]), alias});
  }
  return files;
}

bool runCheckPipeline(const std::vector<std::string>& inputs, const LoadOptions& options,
                      Workspace& ws, std::string& error) {
  if (!loadWorkspace(inputs, options, ws, error)) return false;
  return checkLoadedWorkspace(workspaceRoot(inputs), options, ws, error);
}

bool checkLoadedWorkspace(const fs::path& root, const LoadOptions& options, Workspace& ws, std::string& error,
                          sema::SymbolIndex* symbols) {
  std::string stdlib_error;  // only matters if a std/ import needs it
  resolveImports(ws, root, checks::findStdlib(nullptr, options.stdlib_dir, stdlib_error), options);
  // Semantic analysis of a program with syntax errors would mostly report
  // their consequences; those files are fixed first. Errors that leave the
  // file readable (an unknown unit) do not stop it: their values count as
  // written but wrong, which reports nothing more.
  bool readable = std::none_of(ws.diags.diagnostics().begin(), ws.diags.diagnostics().end(), [](const Diagnostic& d) {
    return d.severity == Severity::Error && !leavesFileReadable(d.kind);
  });
  if (readable && !ws.files.empty()) {
    std::vector<sema::SourceFileAst> files = semaInputs(ws);
    sema::ElaborateOptions elaborate_options;
    elaborate_options.asset_roots.push_back(root);
    // On a worker with a large stack, as parsing: sema recurses through
    // expressions, lets and component uses, each bounded (sema/limits.cpp)
    // but together deeper than the main thread's default stack allows.
    parallelFor(
        1, [&](size_t) { ws.program = sema::elaborate(ws.sources, files, ws.diags, elaborate_options, symbols); }, 1);
    ws.elaborated = true;
  }
  // Domain checks judge a well-typed program; on one with errors they would
  // mostly restate them.
  bool checked = ws.elaborated && !ws.diags.hasErrors();
  std::optional<model::Stack> lowered;  // once, for reachability and the CloudFormation quotas
  // The project config (migc.json): read even when the program has errors,
  // so that its own problems are reported at once.
  policy::PolicyConfig config = policy::defaultPolicyConfig();
  fs::path config_file = options.config_path.empty() ? policy::findConfigFile(root)
                                                     : fs::path(options.config_path);
  if (!config_file.empty() &&
      !policy::loadPolicyConfig(config_file, checks::findStdlib(nullptr, options.stdlib_dir, stdlib_error), ws.sources,
                                ws.diags, config, error))
    return false;
  if (checked) {
    const checks::StdlibData* data = stdlibFor(options.stdlib_dir, error);
    if (!data) return false;
    checks::applyEngineDefaults(ws.program, *data);
    checks::runDomainChecks(ws.program, *data, ws.diags, options.scope);
    // Reachability reads the lowered network, so it needs a program the
    // checks accept; it runs before suppressions, which apply to it too.
    bool lowerable = !ws.diags.hasErrors();
    // Params in resource names take those names' constraints, which the
    // targets write and the lowering reads from the IR (check and build alike).
    if (lowerable) lower::constrainParams(ws.program, *data, ws.diags);
    // Policy rules run after the domain checks and before suppressions,
    // which apply to both.
    // The budget rule's estimate, made only when it asks (a program with a budget).
    std::optional<policy::CostSummary> summary;
    policy::CostProvider cost = [&]() -> const policy::CostSummary* {
      if (!summary) {
        std::string ignored;  // a missing price table leaves the rule without an estimate
        const cost::PriceTable* prices = pricesFor(options.stdlib_dir, ignored);
        if (!prices) return nullptr;
        summary = costSummary(estimateProgram(ws.program, *prices));
      }
      return &*summary;
    };
    policy::runPolicyRules(ws.program, *data, config, ws.diags, cost);
    if (lowerable) {
      lowered = lowerForChecks(ws.program);
      reportReachability(ws.program, *lowered, ws.diags);
    }
    policy::applyConfigToFindings(ws.program, config, ws.diags);
  }
  if (ws.elaborated)
    policy::applySuppressions(ws.program, ws.diags, checked, config.locked(), config_file.string());
  // The CloudFormation quotas need the lowered templates; `migc build`
  // reports them while writing, `migc check` measures them here, for a
  // program the checks accept (build lowers only those).
  if (checked && options.scope.cloudformation && !options.scope.building && !ws.diags.hasErrors()) {
    if (!lowered) lowered = lowerForChecks(ws.program);
    reportCloudFormationLimits(ws.program, *lowered, generatedHeader(ws.program.name, std::string(64, '0')), ws.diags);
  }
  addExpansionNotes(ws.sources, ws.diags);
  sortDiagnostics(ws.diags.diagnostics());
  return true;
}

}  // namespace migc
