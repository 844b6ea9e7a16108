#pragma once

#include <string>
#include <vector>

namespace migc::model {

// One emitted file, relative to the target's output folder.
struct OutputFile {
  std::string path;
  std::string content;
};

using OutputFiles = std::vector<OutputFile>;

}  // namespace migc::model
