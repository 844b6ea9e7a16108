// The front of the compiler as `migc check` runs it: load, parse, and the
// passes that follow. Tests call this too, so they see exactly what users see.
#pragma once

#include "cost/prices.h"
#include "driver/workspace.h"
#include "sema/elaborate.h"

namespace migc {

bool runCheckPipeline(const std::vector<std::string>& inputs, const LoadOptions& options,
                      Workspace& ws, std::string& error);

// The passes after loading, on a workspace whose files are already parsed
// (the language server loads its own, from the editor's buffers): imports,
// sema, domain checks, policy, suppressions. `root` is the folder being
// compiled. `symbols`, when given, receives sema's symbol index.
bool checkLoadedWorkspace(const std::filesystem::path& root, const LoadOptions& options, Workspace& ws,
                          std::string& error, sema::SymbolIndex* symbols = nullptr);

// The price table of the stdlib (`--stdlib` or found as for the tables):
// data/prices.json, parsed once per process and directory; null with
// `error` when it is missing or malformed.
const cost::PriceTable* pricesFor(const std::string& stdlib_flag, std::string& error);

// What sema reads: each file's AST and text, with the alias it is imported as.
std::vector<sema::SourceFileAst> semaInputs(const Workspace& ws);

}  // namespace migc
