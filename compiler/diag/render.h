// Renderers for collected diagnostics: human text (clang-like, with source
// line, caret/range, notes and fix hints), JSON lines, and SARIF 2.1.0.
#pragma once

#include <span>
#include <string>

#include "diag/diagnostic.h"

namespace migc {

struct ToolInfo {
  std::string name = "migc";
  std::string version;
  std::string information_uri;
};

std::string renderText(const SourceManager& sm, std::span<const Diagnostic> diags, bool color);
// One JSON object per diagnostic, one per line.
std::string renderJsonLines(const SourceManager& sm, std::span<const Diagnostic> diags);
std::string renderSarif(const SourceManager& sm, std::span<const Diagnostic> diags,
                        const ToolInfo& tool);

// Code-point column (1-based) of a byte offset, for formats that count
// characters rather than bytes.
uint32_t codePointColumn(const SourceManager& sm, FileId file, uint32_t offset);

}  // namespace migc
