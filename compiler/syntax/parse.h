// Parsing one .mig file into an AST. Two front ends build the same AST: a
// hand-written lexer and recursive-descent parser (lexer.h, parser.h) that
// accepts only clean input and reports nothing, and the ANTLR grammar with
// its token scan and error recovery, which defines the language and owns
// every syntax diagnostic. parseFile tries the first and falls back to the
// second; the ANTLR lexer, token stream and parse tree live only inside it.
#pragma once

#include "base/confine.h"
#include "diag/diagnostic_sink.h"
#include "syntax/ast.h"

namespace migc {

inline constexpr size_t kMaxFileBytes = kMaxInputBytes;  // base/confine.h: one limit for every input
// The nesting limit: brackets, interpolations and operator chains together
// (counted by the token scan, and the same way by the fast lexer).
inline constexpr unsigned kMaxNesting = 256;

struct ParseResult {
  Ast ast;
  DiagnosticSink diags;
  bool used_antlr = false;        // the fast parser gave up; ANTLR parsed the file
  bool used_ll_fallback = false;  // ANTLR's SLL pass failed and the LL pass ran
};

// Thread-safe: files may be parsed concurrently. Needs a deep enough stack
// for kMaxNesting levels; the driver parses on threads it sizes for that.
ParseResult parseFile(FileId file, std::string_view text);

// The ANTLR path alone: the reference the fast parser is tested against
// (tests/unit/parse_differential_test.cpp) and `migc check
// --reference-parser`.
ParseResult parseFileWithAntlr(FileId file, std::string_view text);

// Whether the tree still holds the whole file after an error of this kind:
// the bad token became an Error node (an unknown unit, an integer out of
// range), a string kept its other characters (an invalid escape), or an
// annotation has an unknown name. After such errors alone the program can
// still be analysed, so one typo does not hide every other diagnostic.
bool leavesFileReadable(DiagKind kind);

}  // namespace migc
