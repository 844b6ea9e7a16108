// The front of the compiler as `migc check` runs it: load, parse, and the
// passes that follow. Tests call this too, so they see exactly what users see.
#pragma once

#include "driver/workspace.h"

namespace migc {

bool runCheckPipeline(const std::vector<std::string>& inputs, const LoadOptions& options,
                      Workspace& ws, std::string& error);

}  // namespace migc
