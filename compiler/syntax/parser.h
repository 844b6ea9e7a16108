// The hand-written recursive-descent parser of the fast front end (internal
// to compiler/syntax). It follows grammar/MigParser.g4 rule by rule and
// builds the same AST the ANTLR path builds (same kinds, ranges, strings and
// numbers; checked by tests/unit/parse_differential_test.cpp), but it knows
// no error recovery: at the first token the grammar does not allow, or the
// first thing the ANTLR path would report (an unknown unit or annotation, a
// number out of range, too deep a nesting), it gives up, and parseFile runs
// the ANTLR path on the file instead. So every diagnostic still comes from
// one place, with its wording, range and recovery unchanged.
//
// Handlers are split by construct: parser.cpp (entry, items, shared helpers),
// parse_declarations.cpp (declarations, blocks, annotations, types),
// parse_expressions.cpp (operators, postfix, primaries), parse_literals.cpp
// (strings, numbers, keys).
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "syntax/ast.h"
#include "syntax/lexer.h"

namespace migc::fast {

// Builds the whole file into `ast` (root and comments included) and returns
// true, or returns false when the file needs the ANTLR path; `ast` is then
// partly built and must be discarded.
bool parseFast(std::string_view text, Ast& ast);

// Thrown to abandon the fast parse; never escapes parseFast.
struct Reject {};

class Parser {
 public:
  Parser(std::string_view text, std::span<const Token> tokens, Ast& ast)
      : text_(text), toks_(tokens), ast_(ast) {}

  NodeId file();

 private:
  // items (parser.cpp)
  ListRef items(Tok terminator);
  NodeId item();
  NodeId body();

  // declarations (parse_declarations.cpp)
  NodeId declaration();
  NodeId importDecl();
  NodeId paramDecl();
  NodeId valueDecl(NodeKind kind);  // let and output
  NodeId componentDecl();
  NodeId componentParam();
  NodeId block();
  NodeId attribute();
  NodeId ifStmt();
  NodeId forStmt();
  NodeId annotation();
  NodeId type();

  // expressions (parse_expressions.cpp)
  NodeId expr();
  NodeId binary(int min_precedence);
  NodeId unary();
  NodeId postfix();
  NodeId primary();
  NodeId listOrComprehension();
  NodeId map();
  ListRef args();

  // literals (parse_literals.cpp)
  NodeId str();
  NodeId key();
  NodeId number();

  // Token access. The token vector always ends with End, and no rule
  // consumes End, so peeking past the current token stays in bounds.
  const Token& tok(size_t ahead = 0) const { return toks_[pos_ + ahead]; }
  Tok kind(size_t ahead = 0) const { return tok(ahead).kind; }
  const Token& take() { return toks_[pos_++]; }
  const Token& expect(Tok k) {
    if (kind() != k) throw Reject{};
    return take();
  }
  bool accept(Tok k) {
    if (kind() != k) return false;
    ++pos_;
    return true;
  }
  // End of the last token taken: where the node being finished ends (ANTLR's
  // rule context ends at its stop token).
  uint32_t lastEnd() const { return toks_[pos_ - 1].end; }
  std::string_view text(const Token& t) const { return text_.substr(t.begin, t.end - t.begin); }
  Symbol symbol(const Token& t) { return ast_.intern(text(t)); }

  NodeId add(Node n) { return ast_.add(n); }
  Node node(NodeKind kind, uint32_t begin) const {
    Node n;
    n.kind = kind;
    n.begin = begin;
    n.end = lastEnd();
    return n;
  }
  NodeId nameNode(const Token& t);

  // Child lists are collected on one scratch stack: a handler remembers the
  // stack's size, pushes its children (which have already popped theirs),
  // and turns its part into an AST list.
  size_t mark() const { return scratch_.size(); }
  ListRef listFrom(size_t mark);

  // Recursion guard: the ANTLR path's token scan bounds nesting, but a
  // chain the scan does not count (`a ? b : c ? d : ...`) must not exhaust
  // the stack here either. Beyond the limit the file goes to ANTLR.
  struct Nest {
    explicit Nest(Parser& p) : p_(p) {
      if (++p_.depth_ > kMaxDepth) throw Reject{};
    }
    ~Nest() { --p_.depth_; }
    Parser& p_;
  };
  static constexpr unsigned kMaxDepth = 1024;

  std::string_view text_;
  std::span<const Token> toks_;
  Ast& ast_;
  size_t pos_ = 0;
  unsigned depth_ = 0;
  std::vector<NodeId> scratch_;
};

}  // namespace migc::fast
