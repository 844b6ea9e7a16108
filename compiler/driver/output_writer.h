// Writes a build's outputs so that a reader never sees half of them: every
// file is first written under a staging folder inside the output folder;
// then each target's folder is swapped in with a rename. A build that fails
// before this point has written nothing.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "model/output_file.h"

namespace migc {

struct TargetOutput {
  std::string target;  // the folder under the output directory; "" = files at its root
  model::OutputFiles files;
  // Root outputs only: the files this output owns at the root; those it no
  // longer produces are removed (a stale runbook.md must not survive).
  std::vector<std::string> owned;
};

bool writeOutputsAtomically(const std::filesystem::path& out_dir, const std::vector<TargetOutput>& outputs,
                            std::string& error);

}  // namespace migc
