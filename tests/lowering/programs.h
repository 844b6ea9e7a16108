// The programs the lowering tests run over: every example and every
// conformance program, each checked once (a shared fixture).
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "driver/pipeline.h"

namespace migc::test {

struct CheckedProgram {
  std::string name;  // "examples/quickstart"
  std::unique_ptr<Workspace> ws;
};

// Checked once per test binary; programs with errors fail the caller.
inline const std::vector<CheckedProgram>& checkedPrograms() {
  static const std::vector<CheckedProgram> kAll = [] {
    std::vector<CheckedProgram> out;
    for (const char* folder : {"examples", "tests/conformance"}) {
      std::vector<std::filesystem::path> dirs;
      for (const auto& e : std::filesystem::directory_iterator(std::filesystem::path(MIGC_SOURCE_DIR) / folder))
        if (e.is_directory()) dirs.push_back(e.path());
      std::sort(dirs.begin(), dirs.end());
      for (const auto& dir : dirs) {
        CheckedProgram p{std::string(folder) + "/" + dir.filename().string(), std::make_unique<Workspace>()};
        std::string error;
        if (!runCheckPipeline({dir.string()}, {}, *p.ws, error) || p.ws->diags.hasErrors() || !p.ws->elaborated)
          throw std::runtime_error(p.name + " does not check: " + error);
        out.push_back(std::move(p));
      }
    }
    return out;
  }();
  return kAll;
}

}  // namespace migc::test
