// Golden test: runs one input through the pipeline, renders the requested
// structure, and compares it with the expected file beside the input.
// MIGC_UPDATE_GOLDENS=1 rewrites the expected file instead (review with git diff).
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "diag/render.h"
#include "driver/pipeline.h"

namespace {

std::string readAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4 || std::string(argv[1]) != "ast") {
    std::cerr << "usage: golden_runner ast INPUT.mig EXPECTED\n";
    return 2;
  }
  migc::Workspace ws;
  std::string error;
  // AST goldens show the parser's output alone: parse, no semantic analysis.
  if (!migc::loadWorkspace({argv[2]}, {}, ws, error)) {
    std::cerr << error << "\n";
    return 2;
  }
  if (ws.diags.hasErrors()) {
    std::cerr << "golden input has errors:\n"
              << migc::renderText(ws.sources, ws.diags.diagnostics(), false);
    return 1;
  }
  std::string actual = migc::dumpAst(ws.asts[0], ws.sources.text(ws.files[0]));
  const char* update = std::getenv("MIGC_UPDATE_GOLDENS");
  if (update && std::string(update) == "1") {
    std::ofstream(argv[3], std::ios::binary) << actual;
    std::cout << "updated " << argv[3] << "\n";
    return 0;
  }
  std::string expected = readAll(argv[3]);
  if (expected == actual) return 0;
  // The actual output goes to the working directory (the build tree under
  // ctest), never beside the expected file in the sources.
  std::string actual_path = std::filesystem::path(argv[3]).filename().string() + ".actual";
  std::ofstream(actual_path, std::ios::binary) << actual;
  std::cerr << "golden mismatch for " << argv[2] << "; actual output in " << actual_path
            << " (run scripts/update-goldens.sh and review the diff)\n";
  return 1;
}
