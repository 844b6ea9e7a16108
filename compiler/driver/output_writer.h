// Writes a build's outputs so that a reader never sees half of them, and a
// failed or killed build leaves the out dir as it was:
//  * builds into one out dir are serialised by a lock on its parent folder;
//  * the new out dir is built beside the old one (what this build does not
//    replace is hard-linked in) and exchanged with it in one rename
//    (RENAME_EXCHANGE): readers see the old tree or the new one;
//  * where that cannot be done (parent not writable, no exchange on the file
//    system, the out dir is the current folder or a repository), each target
//    is swapped in turn and the first failure undoes every swap made;
//  * staging and old folders left by a killed build are removed by the next.
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
