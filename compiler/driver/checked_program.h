// The front of the commands that read a checked program rather than build
// it (graph, cost): the path and the options that locate the stdlib and the
// config, then the check pipeline, with its diagnostics printed as text.
#pragma once

#include <string>
#include <vector>

#include "driver/workspace.h"

namespace CLI { class App; }

namespace migc {

struct ProgramInput {
  std::string path = ".";
  std::string stdlib;
  std::string config;
  bool allow_imports_outside = false;
  std::string color = "auto";
};

void addProgramInputOptions(CLI::App& cmd, ProgramInput& input);

// Loads and checks the program for `targets`, printing its diagnostics to
// stderr. Returns kExitOk when `ws.program` is usable; else the exit status
// (1: errors in the program, 2: usage or I/O, already reported).
int loadCheckedProgram(const ProgramInput& input, const std::vector<std::string>& targets, Workspace& ws);

}  // namespace migc
