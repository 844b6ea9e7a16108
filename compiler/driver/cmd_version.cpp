#include <CLI/CLI.hpp>
#include <iostream>

#include "driver/commands.h"
#include "driver/version.h"

namespace migc {

void addVersionCommand(CLI::App& root, int& exit_code) {
  CLI::App* cmd = root.add_subcommand("version", "Print the migc version");
  cmd->callback([&exit_code] {
    std::cout << "migc " << kMigcVersion << "\n";
    exit_code = kExitOk;
  });
}

}  // namespace migc
