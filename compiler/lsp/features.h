// The language features, one file each (or one per group), all answering
// from a Query (protocol.h). Each returns the `result` of its LSP request.
#pragma once

#include <string>
#include <vector>

#include "lsp/protocol.h"

namespace migc::lsp {

// diagnostics.cpp: the diagnostics of one file, as publishDiagnostics wants
// them. `docs_base` is where codeDescription links point (empty: none).
json diagnosticsOf(const Query& q, const std::string& docs_base);
std::string docsLink(const std::string& docs_base, std::string_view code);

json hover(const Query& q);                                    // hover.cpp
json definition(const Query& q);                               // navigation.cpp
json references(const Query& q, bool include_declaration);
json documentHighlight(const Query& q);
json prepareRename(const Query& q);
json rename(const Query& q, const std::string& new_name);
json completion(const Query& q);                               // completion.cpp
json documentSymbols(const Query& q);                          // symbols.cpp
json workspaceSymbols(const std::vector<const Analysis*>& analyses, const std::string& filter, Encoding enc);
json foldingRanges(const Query& q);
json semanticTokensLegend();                                   // semantic_tokens.cpp
json semanticTokens(const Query& q);
json formatting(const Query& q);                               // edits.cpp
json codeActions(const Query& q, uint32_t begin, uint32_t end);

}  // namespace migc::lsp
