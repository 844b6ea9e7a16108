#include "driver/checked_program.h"

#include <CLI/CLI.hpp>

#include "driver/commands.h"
#include "driver/diag_output.h"
#include "driver/pipeline.h"
#include "driver/target_option.h"

namespace migc {

void addProgramInputOptions(CLI::App& cmd, ProgramInput& input) {
  cmd.add_option("path", input.path, "A .mig file or a directory of them (default: .)")->type_name("PATH");
  cmd.add_option("--stdlib", input.stdlib, kStdlibHelp)->type_name("DIR");
  cmd.add_option("--config", input.config, kConfigHelp)->type_name("FILE");
  cmd.add_flag("--allow-imports-outside", input.allow_imports_outside,
               "Let imports reach files outside the folder being compiled");
  cmd.add_option("--color", input.color, "Colour text diagnostics: auto, always or never (NO_COLOR is honoured by auto)")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
}

int loadCheckedProgram(const ProgramInput& input, const std::vector<std::string>& targets, Workspace& ws) {
  LoadOptions load;
  load.stdlib_dir = input.stdlib;
  load.allow_imports_outside = input.allow_imports_outside;
  load.config_path = input.config;
  load.scope = checkScope(targets, false);
  std::string error;
  if (!runCheckPipeline({input.path}, load, ws, error)) {
    printToolError(error);
    return kExitUsage;
  }
  if (ws.files.empty()) {
    printToolError("no .mig files found in '" + input.path + "'");
    return kExitUsage;
  }
  DiagOptions diag;
  diag.color = input.color;
  int status = emitDiagnostics(ws.sources, ws.diags, diag);
  if (status != kExitOk || !ws.elaborated) return kExitErrors;
  return kExitOk;
}

}  // namespace migc
