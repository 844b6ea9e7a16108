// The fast parser's entry point, items and bodies, and the helpers every
// handler shares. Nodes are added children first, as the ANTLR visitor adds
// them, and each node's range runs from its rule's first token to its last,
// as an ANTLR rule context's does.
#include "syntax/parser.h"

namespace migc::fast {

bool parseFast(std::string_view text, Ast& ast) {
  std::vector<Token> tokens;
  // About one token per 4 bytes in practice; a guess that avoids regrowing.
  tokens.reserve(text.size() / 4 + 16);
  if (!lex(text, tokens, ast.comments())) return false;
  try {
    Parser parser(text, tokens, ast);
    ast.setRoot(parser.file());
  } catch (const Reject&) {
    return false;
  }
  return true;
}

// file : item* EOF. The File node starts at the first token (End in an
// empty file) and ends at the end of the text, where ANTLR's EOF token is.
NodeId Parser::file() {
  uint32_t begin = tok().begin;
  ListRef list = items(Tok::End);
  Node n;
  n.kind = NodeKind::File;
  n.begin = begin;
  n.end = static_cast<uint32_t>(text_.size());
  n.list = list;
  return add(n);
}

// body : '{' item* '}'
NodeId Parser::body() {
  Nest nest(*this);
  uint32_t begin = expect(Tok::LBrace).begin;
  ListRef list = items(Tok::RBrace);
  expect(Tok::RBrace);
  Node n = node(NodeKind::Body, begin);
  n.list = list;
  return add(n);
}

ListRef Parser::items(Tok terminator) {
  size_t m = mark();
  while (kind() != terminator) scratch_.push_back(item());
  return listFrom(m);
}

// item : annotation* declaration (';' | ',')?  — the declaration's node
// carries the annotations in list2 and starts at the first of them.
NodeId Parser::item() {
  uint32_t begin = tok().begin;
  size_t m = mark();
  while (kind() == Tok::At) scratch_.push_back(annotation());
  bool annotated = mark() > m;
  // The annotations wait on the scratch stack while the declaration pushes
  // and pops its own children above them.
  NodeId decl = declaration();
  if (annotated) {
    ListRef list = listFrom(m);
    Node& n = ast_.node(decl);
    n.list2 = list;
    n.begin = std::min(n.begin, begin);
  }
  if (!accept(Tok::Semi)) accept(Tok::Comma);
  return decl;
}

ListRef Parser::listFrom(size_t m) {
  ListRef list = ast_.addList(std::span<const NodeId>(scratch_.data() + m, scratch_.size() - m));
  scratch_.resize(m);
  return list;
}

NodeId Parser::nameNode(const Token& t) {
  Node n;
  n.kind = NodeKind::Name;
  n.begin = t.begin;
  n.end = t.end;
  n.name = symbol(t);
  return add(n);
}

}  // namespace migc::fast
