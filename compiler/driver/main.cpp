// migc: compiles .mig migration programs to Terraform, CloudFormation and
// Pulumi YAML, and checks them.
#include <CLI/CLI.hpp>
#include <iostream>
#include <new>

#include "driver/commands.h"
#include "driver/usage_errors.h"
#include "driver/version.h"

namespace migc {

void printToolError(const std::string& message) {
  std::cerr << "migc: error: " << message << "\n";
}

}  // namespace migc

int main(int argc, char** argv) {
  using namespace migc;
  CLI::App app{"migc compiles .mig migration programs to Terraform HCL, CloudFormation and "
               "Pulumi YAML, and checks them.",
               "migc"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("migc ") + kMigcVersion);
  int exit_code = kExitOk;
  addBuildCommand(app, exit_code);
  addCheckCommand(app, exit_code);
  addFmtCommand(app, exit_code);
  addExplainCommand(app, exit_code);
  addGraphCommand(app, exit_code);
  addCostCommand(app, exit_code);
  addInitCommand(app, exit_code);
  addVersionCommand(app, exit_code);
  addLspCommand(app, exit_code);
  addCompletionCommand(app, exit_code);
  addManCommand(app, exit_code);
  app.footer("Exit status: 0 success, 1 diagnostics with errors, 2 usage or I/O error.\n"
             "Run 'migc <command> --help' for a command's options.");
  std::vector<std::string> args(argv + 1, argv + argc);
  if (!checkCommandWord(app, args)) return kExitUsage;
  try {
    app.parse(std::vector<std::string>(args.rbegin(), args.rend()));
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    return reportParseError(app, e, args);
  } catch (const std::bad_alloc&) {
    // Limits keep programs far below this (docs/language.md); no partial output.
    printToolError("out of memory");
    return kExitUsage;
  } catch (const std::exception& e) {
    // A bug, not a user error; still no crash and no partial output.
    printToolError(std::string("internal error: ") + e.what());
    return kExitUsage;
  }
  return exit_code;
}
