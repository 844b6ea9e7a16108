// The hand-written lexer of the fast front end. It accepts exactly the
// token language of grammar/MigLexer.g4, but only its clean part: anything
// the ANTLR path would report (a bad character, an unterminated string or
// comment, an invalid escape, a malformed UTF-8 sequence) makes it give up,
// and the file is parsed again by ANTLR, whose diagnostics stay the only
// ones. Whitespace produces no tokens; comments go straight to the AST.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace migc::fast {

// Token kinds, named after MigLexer.g4's rules. Text and escapes of a string
// are one StrText token per run between quotes and interpolations: the AST
// keeps the decoded run as one node anyway.
enum class Tok : uint8_t {
  End,
  Ident, Number, Unit, Percent,
  KwImport, KwAs, KwParam, KwLet, KwOutput, KwComponent, KwIf, KwElse, KwFor, KwIn, KwWhen,
  KwTrue, KwFalse, KwNull,
  LBrace, RBrace, LParen, RParen, LBracket, RBracket,
  At, Dot, Comma, Semi, Colon, Question,
  EqEq, NotEq, Le, Ge, Lt, Gt, AndAnd, OrOr, Pipe, Assign, Bang, Plus, Minus, Star, Slash,
  Quote, StrText, InterpOpen, StrClose,
};

struct Token {
  uint32_t begin = 0;  // byte range [begin, end) in the file
  uint32_t end = 0;
  Tok kind = Tok::End;
  bool has_escape = false;  // StrText only: holds a '\' escape to decode
};

// True for the keywords the grammar's `key` rule allows as attribute and
// map keys (`for = 5m`).
bool isKeywordKey(Tok t);

// Appends the file's tokens to `tokens`, ending with one End token at
// text.size(), and its comments (byte ranges, in order) to `comments`.
// Returns false as soon as the text holds anything the ANTLR path would
// report; the outputs are then incomplete and must be discarded.
bool lex(std::string_view text, std::vector<Token>& tokens,
         std::vector<std::pair<uint32_t, uint32_t>>& comments);

}  // namespace migc::fast
