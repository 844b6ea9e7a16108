// Turns ANTLR's error-recovery events into MIG0001 diagnostics that name
// tokens as the user writes them ('}', identifier, end of file), never by
// the grammar's internal token names.
#pragma once

#include <set>

#include "syntax/parse_context.h"

namespace migc {

class SyntaxErrorStrategy : public antlr4::DefaultErrorStrategy {
 public:
  // `already_reported`: tokens the token scan reported (no second error);
  // `suppress_at_eof`: a delimiter error already explains the end of file.
  SyntaxErrorStrategy(ParseContext& ctx, std::set<size_t> already_reported, bool suppress_at_eof)
      : ctx_(ctx), suppress_at_eof_(suppress_at_eof), reported_tokens_(std::move(already_reported)) {}

 protected:
  void reportNoViableAlternative(antlr4::Parser* p, const antlr4::NoViableAltException& e) override;
  void reportInputMismatch(antlr4::Parser* p, const antlr4::InputMismatchException& e) override;
  void reportFailedPredicate(antlr4::Parser* p, const antlr4::FailedPredicateException& e) override;
  void reportUnwantedToken(antlr4::Parser* p) override;
  void reportMissingToken(antlr4::Parser* p) override;

 private:
  void emit(antlr4::Parser* p, antlr4::Token* at, std::string message, bool missing = false);
  std::string expectedText(antlr4::Parser* p);

  ParseContext& ctx_;
  bool suppress_at_eof_;
  std::set<size_t> reported_tokens_;
};

// How a token type is named to users: "'{'", "identifier", "end of file".
std::string tokenTypeDisplay(size_t type);
// How a concrete token is named: its text in quotes, or a description.
std::string tokenDisplay(const ParseContext& ctx, antlr4::Token* t);

}  // namespace migc
