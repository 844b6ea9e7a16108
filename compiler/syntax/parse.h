// Parsing one .mig file into an AST. The ANTLR lexer, token stream and parse
// tree live only inside parseFile; what comes out is our own AST.
#pragma once

#include "diag/diagnostic_sink.h"
#include "syntax/ast.h"

namespace migc {

inline constexpr size_t kMaxFileBytes = 64u << 20;

struct ParseResult {
  Ast ast;
  DiagnosticSink diags;
  bool used_ll_fallback = false;  // SLL failed and the LL pass ran
};

// Thread-safe: files may be parsed concurrently. Needs a deep enough stack
// for kMaxNesting levels; the driver parses on threads it sizes for that.
ParseResult parseFile(FileId file, std::string_view text);

}  // namespace migc
