// `migc build`: compile a .mig program to Terraform, CloudFormation and
// Pulumi YAML. Emission is refused while any error exists; outputs are
// written atomically and are byte-identical for the same input.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <iostream>
#include <algorithm>
#include <memory>
#include <set>

#include "backend.h"
#include "diag/expansion_notes.h"
#include "driver/build_report.h"
#include "driver/commands.h"
#include "driver/diag_output.h"
#include "driver/output_writer.h"
#include "driver/pipeline.h"
#include "driver/source_hash.h"
#include "driver/target_option.h"
#include "driver/version.h"

namespace migc {
namespace {

struct BuildOptions {
  std::string path = ".";
  std::string out_dir = "out";
  std::vector<std::string> targets = allTargets();
  bool dry_run = false;    // report what would be written, write nothing
  bool to_stdout = false;  // print the one selected target instead of writing
  bool cloudformation_json = false;
  std::string stdlib;
  bool allow_imports_outside = false;
  std::vector<std::string> sets;  // --set name=value
  std::string config;
  DiagOptions diag;
};

// `--set name=value` gives a param a value at compile time: it becomes the
// param's default in every target, and decides `when` flags for Pulumi YAML,
// which has no conditionals. Returns false with `error` for an unknown param
// or a value of the wrong type.
bool applySets(const std::vector<std::string>& sets, ir::Program& program, std::set<std::string>& names,
               std::string& error) {
  for (const std::string& set : sets) {
    size_t eq = set.find('=');
    if (eq == std::string::npos || eq == 0) {
      error = fmt::format("--set {}: expected name=value", set);
      return false;
    }
    std::string name = set.substr(0, eq), text = set.substr(eq + 1);
    ir::Param* param = nullptr;
    for (ir::Param& p : program.params)
      if (p.name == name) param = &p;
    if (!param) {
      error = fmt::format("--set {}: the program has no param '{}'", set, name);
      return false;
    }
    if (param->secret) {
      // Its value would land in variables.tf, the template and Pulumi.yaml.
      error = fmt::format("--set {}: '{}' holds a secret, which is never written into the outputs; give it at "
                          "deploy time (TF_VAR_{}, a CloudFormation parameter override, pulumi config set --secret)",
                          name, name, name);
      return false;
    }
    ir::Value v;
    try {
      size_t used = 0;
      if (param->type == "bool") {
        if (text != "true" && text != "false") throw std::invalid_argument("bool");
        v = ir::Value::ofBool(text == "true");
      } else if (param->type == "int") {
        v = ir::Value::ofInt(std::stoll(text, &used));
        if (used != text.size()) throw std::invalid_argument("int");
      } else if (param->type == "number") {
        v = ir::Value::ofNumber(std::stod(text, &used));
        if (used != text.size()) throw std::invalid_argument("number");
      } else if (param->type == "string") {
        if (!param->allowed.empty() && std::find(param->allowed.begin(), param->allowed.end(), text) == param->allowed.end())
          throw std::invalid_argument("enum");
        v = ir::Value::ofString(text);
      } else {
        error = fmt::format("--set {}: '{}' is a {} param; --set takes strings, numbers and booleans", set, name,
                            param->type);
        return false;
      }
    } catch (const std::exception&) {
      error = fmt::format("--set {}: '{}' is not a valid {} for param '{}'", set, text,
                          param->allowed.empty() ? param->type : "value (one of the param's words)", name);
      return false;
    }
    param->has_default = true;
    param->default_value = v;
    names.insert(name);
  }
  return true;
}

// The combinations of output options that cannot work, as a usage error.
std::string conflictingOptions(const BuildOptions& opts) {
  if (!opts.to_stdout) return {};
  if (opts.dry_run) return "--stdout and --dry-run cannot be used together (--stdout writes nothing already)";
  if (opts.diag.machineReadable())
    return fmt::format("--stdout prints the output itself; --format {} would mix diagnostics into it", opts.diag.format);
  if (opts.targets.size() != 1) return "--stdout prints one target: name it with --target";
  return {};
}

int finish(const BuildOptions& opts, Workspace& ws, const std::vector<TargetOutput>& outputs, bool success) {
  int status = emitDiagnostics(ws.sources, ws.diags, opts.diag);
  if (opts.to_stdout) return status;
  BuildReport report{opts.out_dir, opts.dry_run, success, ws.diags.errorCount(), ws.diags.warningCount(),
                     opts.targets};
  if (opts.diag.format == "json") printBuildJson(report, success ? outputs : std::vector<TargetOutput>{});
  else if (success) printBuildText(report, outputs);  // stderr: never mixes with SARIF
  return status;
}

int runBuild(BuildOptions& opts) {
  // Each target once, in output order, however --target named them.
  std::vector<std::string> targets;
  for (const char* t : {"terraform", "cloudformation", "pulumi"})
    if (targetSelected(opts.targets, t)) targets.push_back(t);
  opts.targets = std::move(targets);
  std::string error = conflictingOptions(opts);
  if (!error.empty()) {
    printToolError(error);
    return kExitUsage;
  }
  Workspace ws;
  LoadOptions load;
  load.stdlib_dir = opts.stdlib;
  load.allow_imports_outside = opts.allow_imports_outside;
  load.config_path = opts.config;
  load.scope = checkScope(opts.targets, true);
  if (!runCheckPipeline({opts.path}, load, ws, error)) {
    printToolError(error);
    return kExitUsage;
  }
  if (ws.files.empty()) {
    printToolError("no .mig files found in '" + opts.path + "'");
    return kExitUsage;
  }
  applyWarningsAsErrors(ws.diags, opts.diag);
  if (ws.diags.hasErrors() || !ws.elaborated) return finish(opts, ws, {}, false);

  ws.program.source_hash = sourceHash(ws.sources, opts.path);
  BackendOptions options;
  if (!applySets(opts.sets, ws.program, options.set_params, error)) {
    printToolError(error);
    return kExitUsage;
  }
  options.cloudformation_json = opts.cloudformation_json;
  options.header = generatedHeader(ws.program.name, ws.program.source_hash);
  // runbook.md shows the cost estimate: the price table is part of the stdlib.
  options.prices = pricesFor(opts.stdlib, error);
  if (!options.prices) {
    printToolError(error);
    return kExitUsage;
  }
  std::vector<TargetOutput> outputs;
  size_t checked = ws.diags.diagnostics().size();
  // Code assets zipped once, then the program lowered once for every target being built.
  assets::Assets assets = assets::packageAssets(ws.program, ws.diags);
  LoweredProgram lowered =
      lowerForTargets(ws.program, std::set<std::string>(opts.targets.begin(), opts.targets.end()), assets, ws.diags);
  for (const auto& backend : allBackends()) {
    std::vector<std::string> root = backend->rootFiles();
    // Root outputs (runbook.md) describe every target and are written with
    // any of them; --stdout prints the one target only.
    if (root.empty() ? !targetSelected(opts.targets, backend->name()) : opts.to_stdout) continue;
    outputs.push_back({root.empty() ? std::string(backend->name()) : std::string(),
                       backend->emit(ws.program, lowered, options, ws.diags), root});
  }
  addExpansionNotes(ws.sources, ws.diags, checked);
  sortDiagnostics(ws.diags.diagnostics());
  applyWarningsAsErrors(ws.diags, opts.diag);
  if (ws.diags.hasErrors()) return finish(opts, ws, {}, false);
  if (opts.to_stdout) {
    if (!printTargetToStdout(outputs.front(), error)) {
      printToolError(error);
      return kExitUsage;
    }
  } else if (!opts.dry_run && !writeOutputsAtomically(opts.out_dir, outputs, error)) {
    printToolError(error);
    return kExitUsage;
  }
  return finish(opts, ws, outputs, true);
}

}  // namespace

void addBuildCommand(CLI::App& root, int& exit_code) {
  auto opts = std::make_shared<BuildOptions>();
  CLI::App* cmd = root.add_subcommand(
      "build", "Compile a .mig program (a file or a directory) to Terraform, CloudFormation and Pulumi YAML");
  cmd->add_option("path", opts->path, "A .mig file or a directory of them (default: .)")->type_name("PATH");
  cmd->add_option("-o,--out", opts->out_dir, "Output directory; each target gets a folder in it")
      ->type_name("DIR")
      ->capture_default_str();
  addTargetOption(*cmd, opts->targets);
  cmd->add_flag("--dry-run", opts->dry_run, "Compile and list the files that would be written, without writing");
  cmd->add_flag("--stdout", opts->to_stdout, "Print the output of the one --target to stdout instead of writing it");
  cmd->add_flag("--cfn-json", opts->cloudformation_json, "Write the CloudFormation template as JSON instead of YAML");
  cmd->add_option("--stdlib", opts->stdlib, kStdlibHelp)
      ->type_name("DIR");
  cmd->add_option("--set", opts->sets,
                  "Give a param a value at compile time, name=value (repeatable); for Pulumi YAML this also decides "
                  "`when` flags")
      ->type_name("NAME=VALUE")
      ->allow_extra_args(false);
  cmd->add_option("--config", opts->config, kConfigHelp)
      ->type_name("FILE");
  cmd->add_flag("--allow-imports-outside", opts->allow_imports_outside,
                "Let imports reach files outside the folder being compiled");
  addDiagOptions(*cmd, opts->diag);
  cmd->callback([opts, &exit_code] { exit_code = runBuild(*opts); });
}

}  // namespace migc
