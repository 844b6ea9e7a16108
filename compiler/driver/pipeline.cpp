#include "driver/pipeline.h"

namespace migc {

bool runCheckPipeline(const std::vector<std::string>& inputs, const LoadOptions& options,
                      Workspace& ws, std::string& error) {
  if (!loadWorkspace(inputs, options, ws, error)) return false;
  sortDiagnostics(ws.diags.diagnostics());
  return true;
}

}  // namespace migc
