// Runs `migc check`'s pipeline on one .mig file and compares the diagnostics
// with the expectations written in it. Exit 0 when they agree.
#include <iostream>

#include "driver/pipeline.h"
#include "support/expectations.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: diagnostics_runner FILE.mig\n";
    return 2;
  }
  migc::Workspace ws;
  std::string error;
  if (!migc::runCheckPipeline({argv[1]}, {}, ws, error)) {
    std::cerr << error << "\n";
    return 2;
  }
  auto problems = migc::test::compareExpectations(ws);
  for (const auto& p : problems) std::cerr << p << "\n";
  return problems.empty() ? 0 : 1;
}
