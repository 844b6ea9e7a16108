#include "driver/pipeline.h"

#include <map>
#include <mutex>

#include "checks/checks.h"
#include "diag/expansion_notes.h"
#include "driver/imports.h"
#include "policy/policy.h"
#include "policy/suppressions.h"
#include "sema/elaborate.h"

namespace migc {
namespace {

// The stdlib tables, parsed once per process and directory: the tables do
// not change while migc runs, and tests run the pipeline many times.
const checks::StdlibData* stdlibFor(const std::string& flag, std::string& error) {
  static std::mutex mutex;
  static std::map<std::filesystem::path, checks::StdlibData> cache;
  std::filesystem::path dir = checks::findStdlib(nullptr, flag, error);
  if (dir.empty()) return nullptr;
  std::lock_guard lock(mutex);
  if (auto it = cache.find(dir); it != cache.end()) return &it->second;
  auto data = checks::loadStdlibData(dir, error);
  if (!data) return nullptr;
  return &cache.emplace(dir, std::move(*data)).first->second;
}

}  // namespace

namespace fs = std::filesystem;

// The folder being compiled: imports may not leave it.
static fs::path workspaceRoot(const std::vector<std::string>& inputs) {
  if (inputs.empty() || inputs.front() == "-") return fs::current_path();
  fs::path p(inputs.front());
  return fs::is_directory(p) ? p : (p.has_parent_path() ? p.parent_path() : fs::current_path());
}

bool runCheckPipeline(const std::vector<std::string>& inputs, const LoadOptions& options,
                      Workspace& ws, std::string& error) {
  if (!loadWorkspace(inputs, options, ws, error)) return false;
  std::string stdlib_error;  // only matters if a std/ import needs it
  resolveImports(ws, workspaceRoot(inputs), checks::findStdlib(nullptr, options.stdlib_dir, stdlib_error), options);
  // Semantic analysis of a program with syntax errors would mostly report
  // their consequences; those files are fixed first.
  if (!ws.diags.hasErrors() && !ws.files.empty()) {
    std::vector<sema::SourceFileAst> files;
    for (size_t i = 0; i < ws.files.size(); ++i) {
      // A file imported `as alias` contributes its names as alias.name.
      std::string alias;
      for (const ImportEdge& e : ws.imports)
        if (e.to == i && !e.alias.empty()) { alias = e.alias; break; }
      files.push_back({&ws.asts[i], ws.sources.text(ws.files[i]), alias});
    }
    ws.program = sema::elaborate(ws.sources, files, ws.diags);
    ws.elaborated = true;
  }
  // Domain checks judge a well-typed program; on one with errors they would
  // mostly restate them.
  bool checked = ws.elaborated && !ws.diags.hasErrors();
  // The project config (migc.json): read even when the program has errors,
  // so that its own problems are reported at once.
  policy::PolicyConfig config = policy::defaultPolicyConfig();
  fs::path config_file = options.config_path.empty() ? policy::findConfigFile(workspaceRoot(inputs))
                                                     : fs::path(options.config_path);
  if (!config_file.empty() &&
      !policy::loadPolicyConfig(config_file, checks::findStdlib(nullptr, options.stdlib_dir, stdlib_error), ws.sources,
                                ws.diags, config, error))
    return false;
  if (checked) {
    const checks::StdlibData* data = stdlibFor(options.stdlib_dir, error);
    if (!data) return false;
    checks::runDomainChecks(ws.program, *data, ws.diags, options.scope);
    // Policy rules run after the domain checks and before suppressions,
    // which apply to both.
    policy::runPolicyRules(ws.program, *data, config, ws.diags);
    policy::applyConfigToFindings(ws.program, config, ws.diags);
  }
  if (ws.elaborated)
    policy::applySuppressions(ws.program, ws.diags, checked, config.locked(), config_file.string());
  addExpansionNotes(ws.sources, ws.diags.diagnostics());
  sortDiagnostics(ws.diags.diagnostics());
  return true;
}

}  // namespace migc
