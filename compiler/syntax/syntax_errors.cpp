#include "syntax/syntax_errors.h"

#include <fmt/format.h>

#include "MigLexer.h"
#include "MigParser.h"

namespace migc {
namespace {

using mig::MigLexer;

bool isExpressionStart(size_t t) {
  switch (t) {
    case MigLexer::NUMBER_LIT: case MigLexer::UNIT_LIT: case MigLexer::PERCENT_LIT:
    case MigLexer::KW_TRUE: case MigLexer::KW_FALSE: case MigLexer::KW_NULL:
    case MigLexer::DQUOTE: case MigLexer::IDENT: case MigLexer::LPAREN:
    case MigLexer::LBRACKET: case MigLexer::LBRACE: case MigLexer::BANG: case MigLexer::MINUS:
      return true;
  }
  return false;
}

bool isDeclarationStart(size_t t) {
  switch (t) {
    case MigLexer::KW_IMPORT: case MigLexer::KW_PARAM: case MigLexer::KW_LET:
    case MigLexer::KW_OUTPUT: case MigLexer::KW_COMPONENT: case MigLexer::KW_IF:
    case MigLexer::KW_FOR: case MigLexer::AT: case MigLexer::IDENT: case MigLexer::DQUOTE:
    case MigLexer::KW_AS: case MigLexer::KW_ELSE: case MigLexer::KW_IN: case MigLexer::KW_WHEN:
      return true;
  }
  return false;
}

bool isOperator(size_t t) {
  switch (t) {
    case MigLexer::DOT: case MigLexer::QUESTION: case MigLexer::PLUS: case MigLexer::MINUS:
    case MigLexer::STAR: case MigLexer::SLASH: case MigLexer::EQEQ: case MigLexer::NOTEQ:
    case MigLexer::LT: case MigLexer::LE: case MigLexer::GT: case MigLexer::GE:
    case MigLexer::ANDAND: case MigLexer::OROR: case MigLexer::LPAREN: case MigLexer::LBRACKET:
      return true;
  }
  return false;
}

std::string joinAlternatives(const std::vector<std::string>& parts) {
  if (parts.empty()) return "something else";
  if (parts.size() == 1) return parts[0];
  if (parts.size() == 2) return parts[0] + " or " + parts[1];
  std::string out = "one of ";
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += ", ";
    out += parts[i];
  }
  return out;
}

}  // namespace

std::string tokenTypeDisplay(size_t type) {
  switch (type) {
    case antlr4::Token::EOF: return "end of file";
    case MigLexer::IDENT: return "identifier";
    case MigLexer::NUMBER_LIT: return "number";
    case MigLexer::UNIT_LIT: return "unit literal";
    case MigLexer::PERCENT_LIT: return "percentage";
    case MigLexer::DQUOTE: return "string";
    case MigLexer::STR_TEXT: return "string text";
    case MigLexer::STR_ESCAPE: return "escape sequence";
    case MigLexer::STR_INTERP_OPEN: return "'${'";
    case MigLexer::STR_CLOSE: return "'\"'";
    case MigLexer::STR_NEWLINE: return "end of line";
  }
  // Punctuation and keywords are named by their literal, already quoted: '{'.
  static const antlr4::dfa::Vocabulary& vocabulary = [] () -> const antlr4::dfa::Vocabulary& {
    antlr4::ANTLRInputStream empty;
    mig::MigLexer lexer(&empty);
    return lexer.getVocabulary();
  }();
  std::string literal = vocabulary.getLiteralName(type);
  return literal.empty() ? "token" : literal;
}

std::string tokenDisplay(const ParseContext& ctx, antlr4::Token* t) {
  size_t type = t->getType();
  if (type == antlr4::Token::EOF || type == MigLexer::STR_NEWLINE || type == MigLexer::DQUOTE)
    return tokenTypeDisplay(type);
  std::string_view text = ctx.tokenText(t);
  if (text.size() > 24) return fmt::format("'{}...'", text.substr(0, 21));
  return fmt::format("'{}'", text);
}

std::string SyntaxErrorStrategy::expectedText(antlr4::Parser* p) {
  antlr4::misc::IntervalSet expected = getExpectedTokens(p);
  std::vector<std::string> specific;
  bool expr = false, decl = false, op = false;
  for (size_t type : expected.toList()) {
    if (isExpressionStart(type) && expected.contains(static_cast<size_t>(MigLexer::NUMBER_LIT))) expr = true;
    else if (isDeclarationStart(type) && expected.contains(static_cast<size_t>(MigLexer::KW_PARAM))) decl = true;
    else if (isOperator(type) && expected.contains(static_cast<size_t>(MigLexer::DOT))) op = true;
    else specific.push_back(tokenTypeDisplay(type));
  }
  if (decl) specific.push_back("a declaration");
  if (expr) specific.push_back("an expression");
  if (op) specific.push_back("an operator");
  if (specific.size() > 6) {
    specific.resize(6);
    specific.back() = "...";
  }
  return joinAlternatives(specific);
}

void SyntaxErrorStrategy::emit(antlr4::Parser* p, antlr4::Token* at, std::string message,
                               bool missing) {
  (void)p;
  if (!ParseContext::isReal(at)) return;
  if (at->getType() == antlr4::Token::EOF && suppress_at_eof_) return;
  if (!reported_tokens_.insert(at->getTokenIndex()).second) return;
  SourceRange range = ctx_.tokenRange(at);
  if (missing) {
    // Point just after the previous visible token: where the text belongs.
    antlr4::Token* prev = nullptr;
    auto* stream = dynamic_cast<antlr4::BufferedTokenStream*>(p->getTokenStream());
    for (size_t i = at->getTokenIndex(); stream && i-- > 0;) {
      antlr4::Token* t = stream->get(i);
      if (t->getChannel() == antlr4::Token::DEFAULT_CHANNEL) {
        prev = t;
        break;
      }
    }
    if (prev) range = {ctx_.file, ctx_.tokenEnd(prev), ctx_.tokenEnd(prev)};
  }
  ctx_.diags.report(DiagKind::SyntaxError, range, message);
}

void SyntaxErrorStrategy::reportNoViableAlternative(antlr4::Parser* p,
                                                    const antlr4::NoViableAltException& e) {
  antlr4::Token* t = e.getOffendingToken();
  emit(p, t, fmt::format("unexpected {}; expected {}", tokenDisplay(ctx_, t), expectedText(p)));
}

void SyntaxErrorStrategy::reportInputMismatch(antlr4::Parser* p,
                                              const antlr4::InputMismatchException& e) {
  antlr4::Token* t = e.getOffendingToken();
  emit(p, t, fmt::format("expected {}, found {}", expectedText(p), tokenDisplay(ctx_, t)));
}

void SyntaxErrorStrategy::reportFailedPredicate(antlr4::Parser* p,
                                                const antlr4::FailedPredicateException& e) {
  antlr4::Token* t = e.getOffendingToken();
  emit(p, t, fmt::format("unexpected {}", tokenDisplay(ctx_, t)));
}

void SyntaxErrorStrategy::reportUnwantedToken(antlr4::Parser* p) {
  if (inErrorRecoveryMode(p)) return;
  beginErrorCondition(p);
  antlr4::Token* t = p->getCurrentToken();
  emit(p, t, fmt::format("unexpected {}; expected {}", tokenDisplay(ctx_, t), expectedText(p)));
}

void SyntaxErrorStrategy::reportMissingToken(antlr4::Parser* p) {
  if (inErrorRecoveryMode(p)) return;
  beginErrorCondition(p);
  antlr4::Token* t = p->getCurrentToken();
  emit(p, t, fmt::format("expected {} before {}", expectedText(p), tokenDisplay(ctx_, t)), true);
}

}  // namespace migc
