// Goldens: every file the printers make of the demo stacks, compared byte
// for byte with tests/backends/golden/<target>/<file>. MIGC_UPDATE_GOLDENS=1
// rewrites them instead (review with `git diff`); on a mismatch the actual
// text goes to the build tree, never into the sources.
#include "test_stacks.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace {

namespace fs = std::filesystem;

std::string readAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool updating() {
  const char* v = std::getenv("MIGC_UPDATE_GOLDENS");
  return v && std::string(v) == "1";
}

TEST(Golden, PrinterOutputsMatch) {
  const fs::path golden = MIGC_BACKENDS_GOLDEN_DIR;
  const fs::path actual = MIGC_BACKENDS_ACTUAL_DIR;
  std::set<fs::path> produced;
  for (const auto& f : migc::test::demoOutputs()) {
    fs::path path = golden / f.path;
    produced.insert(path);
    if (updating()) {
      fs::create_directories(path.parent_path());
      std::ofstream(path, std::ios::binary) << f.content;
      continue;
    }
    if (readAll(path) == f.content) continue;
    fs::path out = actual / f.path;
    fs::create_directories(out.parent_path());
    std::ofstream(out, std::ios::binary) << f.content;
    ADD_FAILURE() << "golden mismatch: " << f.path << " (actual output in " << out.string()
                  << "; run scripts/update-goldens.sh and review the diff)";
  }
  // A golden nothing produces any more is stale.
  for (const auto& entry : fs::recursive_directory_iterator(golden))
    if (entry.is_regular_file() && !produced.count(entry.path()))
      ADD_FAILURE() << "stale golden file " << fs::relative(entry.path(), golden).string();
}

}  // namespace
