// `migc check`: parse, type-check, run the domain checks and the policy
// rules over every .mig file under the given paths, and report diagnostics.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "driver/commands.h"
#include "driver/diag_output.h"
#include "driver/pipeline.h"
#include "driver/target_option.h"

namespace migc {
namespace {

struct CheckOptions {
  std::vector<std::string> paths{"."};
  std::string dump;
  unsigned threads = 0;
  std::string stdlib;
  bool allow_imports_outside = false;
  std::string config;
  bool reference_parser = false;
  std::vector<std::string> targets = allTargets();
  DiagOptions diag;
};

int runCheck(const CheckOptions& opts) {
  if (!opts.dump.empty() && opts.diag.machineReadable()) {
    printToolError("--dump prints to stdout, where --format " + opts.diag.format + " writes; use one at a time");
    return kExitUsage;
  }
  Workspace ws;
  std::string error;
  LoadOptions load;
  load.threads = opts.threads;
  load.stdlib_dir = opts.stdlib;
  load.allow_imports_outside = opts.allow_imports_outside;
  load.config_path = opts.config;
  load.reference_parser = opts.reference_parser;
  load.scope = checkScope(opts.targets, false);
  if (!runCheckPipeline(opts.paths, load, ws, error)) {
    printToolError(error);
    return kExitUsage;
  }
  if (ws.files.empty()) {
    printToolError("no .mig files found");
    return kExitUsage;
  }
  if (opts.dump == "ast") {
    for (size_t i = 0; i < ws.files.size(); ++i) {
      if (ws.files.size() > 1) std::cout << "== " << ws.sources.path(ws.files[i]) << "\n";
      std::cout << dumpAst(ws.asts[i], ws.sources.text(ws.files[i]));
    }
  }
  if (opts.dump == "ir" && ws.elaborated) std::cout << ir::dumpProgram(ws.program);
  applyWarningsAsErrors(ws.diags, opts.diag);
  return emitDiagnostics(ws.sources, ws.diags, opts.diag);
}

}  // namespace

void addCheckCommand(CLI::App& root, int& exit_code) {
  auto opts = std::make_shared<CheckOptions>();
  CLI::App* cmd = root.add_subcommand(
      "check", "Check .mig files and report diagnostics (exit 1 when any is an error)");
  cmd->add_option("paths", opts->paths, ".mig files or directories, or - for stdin (default: .)")->type_name("PATH");
  cmd->add_option("--dump", opts->dump, "Print an intermediate structure to stdout: ast or ir")
      ->check(CLI::IsMember({"ast", "ir"}));
  cmd->add_option("--threads", opts->threads, "Parser threads (default: one per core)");
  cmd->add_option("--stdlib", opts->stdlib, kStdlibHelp)
      ->type_name("DIR");
  cmd->add_option("--config", opts->config, kConfigHelp)
      ->type_name("FILE");
  addTargetOption(*cmd, opts->targets);
  cmd->add_flag("--allow-imports-outside", opts->allow_imports_outside,
                "Let imports reach files outside the folder being compiled");
  // For tests (tests/cli/reference_parser.sh) and for bisecting a suspected
  // fast-parser bug; not part of the documented interface.
  cmd->add_flag("--reference-parser", opts->reference_parser,
                "Parse with the ANTLR grammar only, never the fast parser")
      ->group("");
  addDiagOptions(*cmd, opts->diag);
  cmd->callback([opts, &exit_code] { exit_code = runCheck(*opts); });
}

}  // namespace migc
