// Each subcommand registers itself on the root CLI11 app and sets the exit
// status when it runs: 0 clean, 1 diagnostics with errors, 2 usage or I/O.
#pragma once

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

// Prints "migc: error: <message>" to stderr.
void printToolError(const std::string& message);

}  // namespace migc
