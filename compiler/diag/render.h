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
  std::string information_uri;  // the tool's home page; empty: none
  // Where docs/diagnostics.md and docs/policies.md are published (no
  // trailing slash): each rule's helpUri is DOCS/diagnostics.md#mig0001.
  // Empty: rules get no helpUri.
  std::string docs_uri;
};

// Where the SARIF log's paths are relative to. Code-scanning services
// resolve `uriBaseId: %SRCROOT%` to their checkout, so a path under
// `source_root` is written relative to it, and one outside it as an absolute
// file URI. With no `source_root`, paths are written as given.
struct SarifOptions {
  std::string source_root;  // absolute, normally the working directory
};

std::string renderText(const SourceManager& sm, std::span<const Diagnostic> diags, bool color);
// One JSON object per diagnostic, one per line.
std::string renderJsonLines(const SourceManager& sm, std::span<const Diagnostic> diags);
std::string renderSarif(const SourceManager& sm, std::span<const Diagnostic> diags,
                        const ToolInfo& tool, const SarifOptions& options = {});

// Code-point column (1-based) of a byte offset, for formats that count
// characters rather than bytes.
uint32_t codePointColumn(const SourceManager& sm, FileId file, uint32_t offset);

}  // namespace migc
