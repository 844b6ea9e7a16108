// Resolves `import` declarations: loads and parses every imported file once,
// and reports files that do not exist, imports that leave the workspace root,
// and import cycles (with every step of the cycle).
#pragma once

#include "driver/workspace.h"

namespace migc {

// `root` is the folder being compiled; `stdlib` the standard library folder
// (empty when it could not be found: std/ imports then fail to resolve).
void resolveImports(Workspace& ws, const std::filesystem::path& root, const std::filesystem::path& stdlib,
                    const LoadOptions& options);

}  // namespace migc
