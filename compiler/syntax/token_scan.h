// The pass over the token stream that runs before the parser: it reports
// lexical problems precisely (bad characters, unterminated strings and
// comments, escapes), matches brackets so an unclosed '{' is reported where
// it was opened, records comments, and refuses input nested so deeply that
// parsing it would exhaust the stack.
#pragma once

#include <set>

#include "syntax/parse.h"
#include "syntax/parse_context.h"

namespace migc {

struct TokenScanResult {
  bool too_deep = false;          // parsing must not be attempted
  bool delimiter_errors = false;  // parser errors at end of file are redundant
  // Tokens already reported; a parser error at one of them is a duplicate.
  std::set<size_t> reported_tokens;
};

TokenScanResult scanTokens(ParseContext& ctx, antlr4::CommonTokenStream& tokens);

}  // namespace migc
