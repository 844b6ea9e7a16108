// `migc fmt`: canonical formatting of .mig files.
#include <CLI/CLI.hpp>
#include <memory>

#include "driver/commands.h"
#include "driver/diag_output.h"
#include "driver/workspace.h"

namespace migc {
namespace {

struct FmtOptions {
  std::vector<std::string> paths{"."};
  bool write = false;
  bool check = false;
  DiagOptions diag;
};

int runFmt(const FmtOptions& opts) {
  Workspace ws;
  std::string error;
  if (!loadWorkspace(opts.paths, LoadOptions{}, ws, error)) {
    printToolError(error);
    return kExitUsage;
  }
  int status = emitDiagnostics(ws.sources, ws.diags, opts.diag);
  if (status != kExitOk) return status;
  printToolError("the formatter is not implemented yet; no file was changed");
  return kExitErrors;
}

}  // namespace

void addFmtCommand(CLI::App& root, int& exit_code) {
  auto opts = std::make_shared<FmtOptions>();
  CLI::App* cmd = root.add_subcommand("fmt", "Format .mig files canonically");
  cmd->add_option("paths", opts->paths, ".mig files or directories, or - for stdin (default: .)");
  cmd->add_flag("-w,--write", opts->write, "Rewrite files in place");
  cmd->add_flag("--check", opts->check, "List files that would change and exit 1 if any");
  addDiagOptions(*cmd, opts->diag);
  cmd->callback([opts, &exit_code] { exit_code = runFmt(*opts); });
}

}  // namespace migc
