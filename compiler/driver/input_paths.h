// One file named twice on the command line (`migc check app app/main.mig`,
// `migc check . ./`) is one file of the program, not two copies of it.
#pragma once

#include <filesystem>
#include <vector>

namespace migc {

// Keeps the first of the paths that name the same file (compared by
// canonical path; "-", standard input, is kept once too), in order.
void dropRepeatedInputs(std::vector<std::filesystem::path>& paths);

}  // namespace migc
