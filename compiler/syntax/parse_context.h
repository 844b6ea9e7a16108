// State shared by the pieces of one file's parse: where tokens are in bytes,
// and where diagnostics and nodes go.
#pragma once

#include <antlr4-runtime.h>

#include "diag/diagnostic_sink.h"
#include "syntax/ast.h"
#include "syntax/utf8_stream.h"

namespace migc {

struct ParseContext {
  FileId file;
  std::string_view text;
  Utf8Stream& stream;
  DiagnosticSink& diags;
  Ast& ast;

  // Tokens conjured by error recovery ("missing ...") have no position.
  static bool isReal(const antlr4::Token* t) {
    return t && t->getTokenIndex() != INVALID_INDEX && t->getStartIndex() != INVALID_INDEX;
  }
  uint32_t tokenBegin(const antlr4::Token* t) const {
    if (t->getStartIndex() == INVALID_INDEX) return 0;
    return stream.byteOffset(std::min<size_t>(t->getStartIndex(), stream.size()));
  }
  uint32_t tokenEnd(const antlr4::Token* t) const {
    // EOF has stop < start; it is an empty range at the end.
    if (t->getStopIndex() == INVALID_INDEX || t->getStopIndex() < t->getStartIndex())
      return tokenBegin(t);
    return stream.byteOffset(std::min<size_t>(t->getStopIndex() + 1, stream.size()));
  }
  SourceRange tokenRange(const antlr4::Token* t) const {
    return {file, tokenBegin(t), tokenEnd(t)};
  }
  std::string_view tokenText(const antlr4::Token* t) const {
    uint32_t b = tokenBegin(t);
    return text.substr(b, tokenEnd(t) - b);
  }
};

}  // namespace migc
