#include "driver/pipeline.h"

#include "sema/elaborate.h"

namespace migc {

bool runCheckPipeline(const std::vector<std::string>& inputs, const LoadOptions& options,
                      Workspace& ws, std::string& error) {
  if (!loadWorkspace(inputs, options, ws, error)) return false;
  // Semantic analysis of a program with syntax errors would mostly report
  // their consequences; those files are fixed first.
  if (!ws.diags.hasErrors() && !ws.files.empty()) {
    std::vector<sema::SourceFileAst> files;
    for (size_t i = 0; i < ws.files.size(); ++i) files.push_back({&ws.asts[i], ws.sources.text(ws.files[i])});
    ws.program = sema::elaborate(ws.sources, files, ws.diags);
    ws.elaborated = true;
  }
  sortDiagnostics(ws.diags.diagnostics());
  return true;
}

}  // namespace migc
