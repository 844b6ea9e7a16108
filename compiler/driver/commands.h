// Each subcommand registers itself on the root CLI11 app and sets the exit
// status when it runs: 0 clean, 1 diagnostics with errors, 2 usage or I/O.
#pragma once

#include <string>

namespace CLI { class App; }

namespace migc {

inline constexpr int kExitOk = 0;
inline constexpr int kExitErrors = 1;
inline constexpr int kExitUsage = 2;

void addCheckCommand(CLI::App& root, int& exit_code);
void addBuildCommand(CLI::App& root, int& exit_code);
void addFmtCommand(CLI::App& root, int& exit_code);
void addExplainCommand(CLI::App& root, int& exit_code);
void addVersionCommand(CLI::App& root, int& exit_code);
void addLspCommand(CLI::App& root, int& exit_code);  // cmd_lsp.cpp, linked into the migc executable
void addInitCommand(CLI::App& root, int& exit_code);
void addCompletionCommand(CLI::App& root, int& exit_code);
void addManCommand(CLI::App& root, int& exit_code);
void addGraphCommand(CLI::App& root, int& exit_code);
void addCostCommand(CLI::App& root, int& exit_code);

// Help texts of options several commands share.
inline constexpr const char* kStdlibHelp =
    "The migc stdlib directory (default: $MIGC_STDLIB, then PREFIX/share/migc/stdlib beside migc, then the "
    "source tree migc was built from)";
inline constexpr const char* kConfigHelp =
    "The project config (default: migc.json in the folder being checked, or above it up to the repository root)";

// Prints "migc: error: <message>" to stderr.
void printToolError(const std::string& message);

}  // namespace migc
