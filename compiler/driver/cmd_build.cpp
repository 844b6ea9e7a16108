// `migc build`: compile a .mig program to Terraform, CloudFormation and
// Pulumi YAML. Emission is refused while any error exists.
#include <CLI/CLI.hpp>
#include <memory>
#include <sstream>

#include "driver/commands.h"
#include "driver/diag_output.h"
#include "driver/workspace.h"

namespace migc {
namespace {

struct BuildOptions {
  std::string path = ".";
  std::string out_dir = "out";
  std::string targets = "terraform,cloudformation,pulumi";
  DiagOptions diag;
};

int runBuild(const BuildOptions& opts) {
  Workspace ws;
  std::string error;
  if (!loadWorkspace({opts.path}, LoadOptions{}, ws, error)) {
    printToolError(error);
    return kExitUsage;
  }
  if (ws.files.empty()) {
    printToolError("no .mig files found in '" + opts.path + "'");
    return kExitUsage;
  }
  int status = emitDiagnostics(ws.sources, ws.diags, opts.diag);
  if (status != kExitOk) return status;
  printToolError("code generation is not implemented yet; nothing was written");
  return kExitErrors;
}

}  // namespace

void addBuildCommand(CLI::App& root, int& exit_code) {
  auto opts = std::make_shared<BuildOptions>();
  CLI::App* cmd = root.add_subcommand(
      "build", "Compile a .mig program (a file or a directory) to Terraform, CloudFormation and Pulumi YAML");
  cmd->add_option("path", opts->path, "A .mig file or a directory of them (default: .)");
  cmd->add_option("-o,--out", opts->out_dir, "Output directory")->capture_default_str();
  // One value, comma-separated, so that `--target terraform app.mig` keeps
  // app.mig as the path.
  cmd->add_option("--target", opts->targets,
                  "Comma-separated targets: terraform, cloudformation, pulumi (default: all)")
      ->check([](const std::string& value) -> std::string {
        std::stringstream ss(value);
        for (std::string t; std::getline(ss, t, ',');)
          if (t != "terraform" && t != "cloudformation" && t != "pulumi")
            return "unknown target '" + t + "' (expected terraform, cloudformation or pulumi)";
        return {};
      });
  addDiagOptions(*cmd, opts->diag);
  cmd->callback([opts, &exit_code] { exit_code = runBuild(*opts); });
}

}  // namespace migc
