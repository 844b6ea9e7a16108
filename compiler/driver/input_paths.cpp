#include "driver/input_paths.h"

#include <set>

namespace migc {
namespace fs = std::filesystem;

void dropRepeatedInputs(std::vector<fs::path>& paths) {
  std::set<fs::path> seen;
  std::vector<fs::path> kept;
  for (fs::path& p : paths) {
    std::error_code ec;
    fs::path key = p == "-" ? p : fs::weakly_canonical(p, ec);
    if (ec) key = fs::absolute(p, ec).lexically_normal();
    if (seen.insert(key).second) kept.push_back(std::move(p));
  }
  paths = std::move(kept);
}

}  // namespace migc
