// How deeply a token stream nests, measured the same way by the fast lexer
// (lexer.cpp) and the ANTLR path's token scan (token_scan.cpp), so both
// refuse the same files with MIG0007 before any recursive pass (parser,
// AST builder, evaluator, formatter) sees them.
//
// Each open bracket counts one level plus the chain operators seen inside it.
// A chain counts until '=', ',', ';' or ':' ends it. Chains that parse
// without brackets but still build a nested tree count as well:
//  * binary and prefix operators and member access (`a.b.c`);
//  * postfix chains: a '[' or '(' right after a ']' or ')' (`x[0][0]`, `f()()`);
//  * ternaries: each '?' counts, and its ':' does not end the chain;
//  * `else if` chains: each `else` counts until a fresh `if` statement.
#pragma once

#include <vector>

#include "syntax/parse.h"

namespace migc {

enum class NestTok : unsigned char {
  OpenBrace,   // '{', '${'
  OpenCall,    // '(' '['
  CloseBrace,  // '}'
  CloseCall,   // ')' ']'
  Operator,    // . ! - + * / == != < <= > >= && || |
  Question,    // ?
  Colon,       // :
  Ends,        // = , ;
  Else,        // else
  If,          // if
  Other,
};

class NestingMeter {
 public:
  // False once the nesting is deeper than kMaxNesting.
  bool add(NestTok t) {
    NestTok prev = prev_;
    prev_ = t;
    switch (t) {
      case NestTok::OpenCall:
        if (prev == NestTok::CloseCall) chain();
        [[fallthrough]];
      case NestTok::OpenBrace:
        levels_.push_back({});
        ++depth_;
        break;
      case NestTok::CloseBrace: case NestTok::CloseCall:
        // A closer with nothing open is a syntax error the parser rejects.
        if (!levels_.empty()) {
          depth_ -= 1 + levels_.back().ops;
          levels_.pop_back();
        }
        break;
      case NestTok::Question:
        ++level().questions;
        chain();
        break;
      case NestTok::Operator: case NestTok::Else:
        chain();
        break;
      case NestTok::Colon:
        if (level().questions > 0) {
          --level().questions;
          break;
        }
        reset();
        break;
      case NestTok::If:
        if (prev != NestTok::Else) reset();
        break;
      case NestTok::Ends:
        reset();
        break;
      case NestTok::Other:
        break;
    }
    return depth_ <= kMaxNesting;
  }
  // Closes one more level without a token (a closer that closed several).
  void dropLevel() {
    if (levels_.empty()) return;
    depth_ -= 1 + levels_.back().ops;
    levels_.pop_back();
  }

 private:
  struct Level {
    unsigned ops = 0;
    unsigned questions = 0;
  };
  Level& level() { return levels_.empty() ? top_ : levels_.back(); }
  void chain() {
    ++level().ops;
    ++depth_;
  }
  void reset() {
    depth_ -= level().ops;
    level() = {};
  }
  std::vector<Level> levels_;
  Level top_;
  unsigned depth_ = 0;
  NestTok prev_ = NestTok::Other;
};

}  // namespace migc
