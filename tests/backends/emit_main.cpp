// backends_emit OUTDIR: writes every printer output of the demo stacks below
// OUTDIR (terraform/, cloudformation/, pulumi/) for the conformance script.
#include "test_stacks.h"

#include <filesystem>
#include <fstream>
#include <iostream>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: backends_emit OUTDIR\n";
    return 2;
  }
  namespace fs = std::filesystem;
  for (const auto& f : migc::test::demoOutputs()) {
    fs::path path = fs::path(argv[1]) / f.path;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << f.content;
  }
  return 0;
}
