#include "syntax/token_scan.h"

#include <algorithm>

#include <fmt/format.h>

#include "MigLexer.h"
#include "syntax/nesting_meter.h"

namespace migc {
namespace {

using mig::MigLexer;

struct Open {
  antlr4::Token* token;
  size_t closer;  // token type that closes it
};

std::string_view closerText(size_t type) {
  switch (type) {
    case MigLexer::RBRACE: return "}";
    case MigLexer::RPAREN: return ")";
    case MigLexer::RBRACKET: return "]";
  }
  return "?";
}

std::string_view openerFor(size_t closer) {
  switch (closer) {
    case MigLexer::RBRACE: return "{";
    case MigLexer::RPAREN: return "(";
    case MigLexer::RBRACKET: return "[";
  }
  return "?";
}

// What a token means to the nesting measure (syntax/nesting_meter.h).
NestTok nestToken(size_t type) {
  switch (type) {
    case MigLexer::LBRACE: case MigLexer::STR_INTERP_OPEN: return NestTok::OpenBrace;
    case MigLexer::LPAREN: case MigLexer::LBRACKET: return NestTok::OpenCall;
    case MigLexer::RBRACE: return NestTok::CloseBrace;
    case MigLexer::RPAREN: case MigLexer::RBRACKET: return NestTok::CloseCall;
    case MigLexer::DOT: case MigLexer::BANG: case MigLexer::MINUS:
    case MigLexer::PLUS: case MigLexer::STAR: case MigLexer::SLASH: case MigLexer::EQEQ:
    case MigLexer::NOTEQ: case MigLexer::LT: case MigLexer::LE: case MigLexer::GT:
    case MigLexer::GE: case MigLexer::ANDAND: case MigLexer::OROR: case MigLexer::PIPE:
      return NestTok::Operator;
    case MigLexer::QUESTION: return NestTok::Question;
    case MigLexer::COLON: return NestTok::Colon;
    case MigLexer::ASSIGN: case MigLexer::COMMA: case MigLexer::SEMI: return NestTok::Ends;
    case MigLexer::KW_ELSE: return NestTok::Else;
    case MigLexer::KW_IF: return NestTok::If;
  }
  return NestTok::Other;
}

// The parser never sees a hidden token; a reported bad token is hidden so
// that it causes no second error.
void hide(antlr4::Token* t) {
  if (auto* w = dynamic_cast<antlr4::WritableToken*>(t)) w->setChannel(antlr4::Token::HIDDEN_CHANNEL);
}

bool validEscape(char c) {
  return c == '\\' || c == '"' || c == 'n' || c == 't' || c == 'r' || c == '$';
}

// A closer that matches the innermost opener closes it. One that matches a
// deeper opener closes that one and leaves the openers in between unclosed
// (one error each, as rustc does); one that matches nothing is unexpected.
void closeBracket(ParseContext& ctx, std::vector<Open>& stack, antlr4::Token* t,
                  TokenScanResult& result) {
  size_t type = t->getType();
  if (!stack.empty() && stack.back().closer == type) {
    stack.pop_back();
    return;
  }
  result.delimiter_errors = true;
  result.reported_tokens.insert(t->getTokenIndex());
  auto match = std::find_if(stack.rbegin(), stack.rend(),
                            [&](const Open& o) { return o.closer == type; });
  if (match == stack.rend()) {
    auto d = ctx.diags.report(DiagKind::UnmatchedDelimiter, ctx.tokenRange(t), closerText(type),
                              openerFor(type));
    if (!stack.empty())
      d.note(fmt::format("the innermost open bracket is this '{}'",
                         ctx.tokenText(stack.back().token)),
             ctx.tokenRange(stack.back().token));
    return;
  }
  size_t keep = static_cast<size_t>(stack.rend() - match) - 1;
  for (size_t i = stack.size(); i-- > keep + 1;) {
    ctx.diags.report(DiagKind::UnclosedDelimiter, ctx.tokenRange(stack[i].token),
                     ctx.tokenText(stack[i].token))
        .note(fmt::format("'{}' closes the enclosing '{}' here", closerText(type),
                          openerFor(type)),
              ctx.tokenRange(t))
        .help(fmt::format("insert '{}' before this point", closerText(stack[i].closer)));
  }
  stack.resize(keep);
}

}  // namespace

TokenScanResult scanTokens(ParseContext& ctx, antlr4::CommonTokenStream& tokens) {
  TokenScanResult result;
  std::vector<Open> stack;
  NestingMeter nesting;
  // Strings nest through interpolation ("${ "..." }"): the quotes of the
  // strings still open, innermost last. The lexer's mode stack guarantees one
  // here for every STR_CLOSE and STR_NEWLINE.
  std::vector<antlr4::Token*> open_strings;
  // After a bad character the parser's complaint about the next token is
  // a consequence, not a second mistake.
  bool after_bad_char = false;

  for (antlr4::Token* t : tokens.getTokens()) {
    size_t type = t->getType();
    if (type == antlr4::Token::EOF) break;
    switch (type) {
      case MigLexer::LINE_COMMENT:
      case MigLexer::BLOCK_COMMENT:
        ctx.ast.comments().emplace_back(ctx.tokenBegin(t), ctx.tokenEnd(t));
        continue;
      case MigLexer::UNTERMINATED_COMMENT:
        ctx.diags.report(DiagKind::UnterminatedComment,
                         SourceRange{ctx.file, ctx.tokenBegin(t), ctx.tokenBegin(t) + 2});
        hide(t);
        result.delimiter_errors = true;
        continue;
      case MigLexer::BAD_CHAR: {
        SourceRange r = ctx.tokenRange(t);
        if (!ctx.stream.wasInvalidAt(r.begin))
          ctx.diags.report(DiagKind::InvalidCharacter, r, fmt::format("'{}'", ctx.tokenText(t)));
        hide(t);
        after_bad_char = true;
        continue;
      }
      case MigLexer::DQUOTE:
        open_strings.push_back(t);
        break;
      case MigLexer::STR_CLOSE:
        if (!open_strings.empty()) open_strings.pop_back();
        break;
      case MigLexer::STR_NEWLINE: {
        antlr4::Token* quote = open_strings.empty() ? t : open_strings.back();
        ctx.diags.report(DiagKind::UnterminatedString,
                         SourceRange{ctx.file, ctx.tokenBegin(quote), ctx.tokenBegin(t)})
            .help("close the string with '\"' before the end of the line");
        if (!open_strings.empty()) open_strings.pop_back();
        break;
      }
      case MigLexer::STR_ESCAPE: {
        std::string_view text = ctx.tokenText(t);
        if (text.size() < 2 || !validEscape(text[1]))
          ctx.diags.report(DiagKind::InvalidEscape, ctx.tokenRange(t), text)
              .help("valid escapes are \\\\ \\\" \\n \\t \\r and \\$");
        break;
      }
      default:
        break;
    }
    if (t->getChannel() != antlr4::Token::DEFAULT_CHANNEL) continue;
    if (after_bad_char) {
      result.reported_tokens.insert(t->getTokenIndex());
      after_bad_char = false;
    }

    bool within_limit = true;
    if (type == MigLexer::LBRACE || type == MigLexer::LPAREN || type == MigLexer::LBRACKET ||
        type == MigLexer::STR_INTERP_OPEN) {
      size_t closer = type == MigLexer::LPAREN     ? MigLexer::RPAREN
                      : type == MigLexer::LBRACKET ? MigLexer::RBRACKET
                                                   : MigLexer::RBRACE;
      stack.push_back({t, closer});
      within_limit = nesting.add(nestToken(type));
    } else if (type == MigLexer::RBRACE || type == MigLexer::RPAREN ||
               type == MigLexer::RBRACKET) {
      // A closer may close several openers (or none): the meter follows the stack.
      size_t before = stack.size();
      closeBracket(ctx, stack, t, result);
      size_t closed = before - stack.size();
      within_limit = nesting.add(closed ? nestToken(type) : NestTok::Other);
      for (size_t k = 1; k < closed; ++k) nesting.dropLevel();
    } else {
      within_limit = nesting.add(nestToken(type));
    }
    if (!within_limit) {
      ctx.diags.report(DiagKind::NestingTooDeep, ctx.tokenRange(t), kMaxNesting)
          .help("split the expression with `let` or flatten the blocks");
      result.too_deep = true;
      return result;
    }
  }

  if (!open_strings.empty()) {
    ctx.diags.report(DiagKind::UnterminatedString,
                     SourceRange{ctx.file, ctx.tokenBegin(open_strings.back()),
                                 static_cast<uint32_t>(ctx.text.size())});
    result.delimiter_errors = true;
  }
  // End of file is shown at the last character written, not on an empty line.
  uint32_t last = static_cast<uint32_t>(ctx.text.find_last_not_of(" \t\r\n"));
  SourceRange eof{ctx.file, last == UINT32_MAX ? 0 : last, last == UINT32_MAX ? 0 : last + 1};
  for (const Open& o : stack) {
    if (o.token->getType() == MigLexer::STR_INTERP_OPEN && !open_strings.empty()) continue;
    result.delimiter_errors = true;
    ctx.diags.report(DiagKind::UnclosedDelimiter, ctx.tokenRange(o.token), ctx.tokenText(o.token))
        .note("the file ends here", eof);
  }
  return result;
}

}  // namespace migc
