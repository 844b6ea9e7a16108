// Declarations, blocks, attributes, if/for, annotations and types, one
// handler per rule of MigParser.g4. Where the grammar decides between rules
// by lookahead, the handler looks at the same tokens ANTLR's prediction
// needs: a key is followed by '=', a declaration keyword is not.
#include "syntax/parser.h"

namespace migc::fast {

// Keywords are also keys (`for = 5m`): '=' after one makes an attribute,
// which no declaration the keyword starts could continue with.
NodeId Parser::declaration() {
  Tok k = kind();
  if (k == Tok::Quote || (kind(1) == Tok::Assign && (k == Tok::Ident || isKeywordKey(k))))
    return attribute();
  switch (k) {
    case Tok::Ident: return block();
    case Tok::KwImport: return importDecl();
    case Tok::KwParam: return paramDecl();
    case Tok::KwLet: return valueDecl(NodeKind::Let);
    case Tok::KwOutput: return valueDecl(NodeKind::Output);
    case Tok::KwComponent: return componentDecl();
    case Tok::KwIf: return ifStmt();
    case Tok::KwFor: return forStmt();
    default: throw Reject{};
  }
}

// importDecl : 'import' str ('as' IDENT)?
NodeId Parser::importDecl() {
  uint32_t begin = take().begin;
  NodeId path = str();
  Symbol alias;
  if (accept(Tok::KwAs)) alias = symbol(expect(Tok::Ident));
  Node n = node(NodeKind::Import, begin);
  n.a = path;
  n.name = alias;
  return add(n);
}

// paramDecl : 'param' IDENT ':' type ('=' expr)?
NodeId Parser::paramDecl() {
  uint32_t begin = take().begin;
  Symbol name = symbol(expect(Tok::Ident));
  expect(Tok::Colon);
  NodeId t = type();
  NodeId value = accept(Tok::Assign) ? expr() : NodeId{};
  Node n = node(NodeKind::Param, begin);
  n.name = name;
  n.a = t;
  n.b = value;
  return add(n);
}

// letDecl | outputDecl : ('let' | 'output') IDENT (':' type)? '=' expr
NodeId Parser::valueDecl(NodeKind kind) {
  uint32_t begin = take().begin;
  Symbol name = symbol(expect(Tok::Ident));
  NodeId t = accept(Tok::Colon) ? type() : NodeId{};
  expect(Tok::Assign);
  NodeId value = expr();
  Node n = node(kind, begin);
  n.name = name;
  n.a = t;
  n.b = value;
  return add(n);
}

// componentDecl : 'component' IDENT '(' (param (',' param)* ','?)? ')' body
NodeId Parser::componentDecl() {
  uint32_t begin = take().begin;
  Symbol name = symbol(expect(Tok::Ident));
  expect(Tok::LParen);
  size_t m = mark();
  while (kind() != Tok::RParen) {
    scratch_.push_back(componentParam());
    if (!accept(Tok::Comma)) break;
  }
  expect(Tok::RParen);
  ListRef params = listFrom(m);
  NodeId b = body();
  Node n = node(NodeKind::Component, begin);
  n.name = name;
  n.list = params;
  n.c = b;
  return add(n);
}

// componentParam : IDENT ':' type ('=' expr)?
NodeId Parser::componentParam() {
  uint32_t begin = tok().begin;
  Symbol name = symbol(expect(Tok::Ident));
  expect(Tok::Colon);
  NodeId t = type();
  NodeId value = accept(Tok::Assign) ? expr() : NodeId{};
  Node n = node(NodeKind::ComponentParam, begin);
  n.name = name;
  n.a = t;
  n.b = value;
  return add(n);
}

// block : qualifiedName label? ('when' expr)? body. The kind is the source
// text of the qualified name, as the ANTLR builder takes it.
NodeId Parser::block() {
  const Token& first = take();
  uint32_t kind_end = first.end;
  while (accept(Tok::Dot)) kind_end = expect(Tok::Ident).end;
  Symbol kind_name = ast_.intern(text_.substr(first.begin, kind_end - first.begin));
  NodeId label;
  if (kind() == Tok::Ident) label = nameNode(take());
  else if (kind() == Tok::Quote) label = str();
  NodeId when = accept(Tok::KwWhen) ? expr() : NodeId{};
  NodeId b = body();
  Node n = node(NodeKind::Block, first.begin);
  n.name = kind_name;
  n.a = label;
  n.b = when;
  n.c = b;
  return add(n);
}

// attribute : key '=' expr
NodeId Parser::attribute() {
  uint32_t begin = tok().begin;
  NodeId k = key();
  expect(Tok::Assign);
  NodeId value = expr();
  Node n = node(NodeKind::Attribute, begin);
  n.a = k;
  n.b = value;
  return add(n);
}

// ifStmt : 'if' expr body ('else' (ifStmt | body))?
NodeId Parser::ifStmt() {
  Nest nest(*this);
  uint32_t begin = take().begin;
  NodeId cond = expr();
  NodeId then = body();
  NodeId otherwise;
  if (accept(Tok::KwElse)) otherwise = kind() == Tok::KwIf ? ifStmt() : body();
  Node n = node(NodeKind::If, begin);
  n.a = cond;
  n.b = then;
  n.c = otherwise;
  return add(n);
}

// forStmt : 'for' IDENT (',' IDENT)? 'in' expr body
NodeId Parser::forStmt() {
  uint32_t begin = take().begin;
  Symbol var = symbol(expect(Tok::Ident));
  NodeId var2 = accept(Tok::Comma) ? nameNode(expect(Tok::Ident)) : NodeId{};
  expect(Tok::KwIn);
  NodeId iterable = expr();
  NodeId b = body();
  Node n = node(NodeKind::For, begin);
  n.name = var;
  n.a = iterable;
  n.b = var2;
  n.c = b;
  return add(n);
}

// annotation : '@' IDENT (':' IDENT)? ('(' (arg (',' arg)* ','?)? ')')?
// Only @allow and @file:allow exist; any other name or target is reported
// by the ANTLR path's builder, so it is left to it.
NodeId Parser::annotation() {
  uint32_t begin = take().begin;
  const Token& first = expect(Tok::Ident);
  NodeId target;
  const Token* name = &first;
  if (accept(Tok::Colon)) {
    name = &expect(Tok::Ident);
    if (text(first) != "file") throw Reject{};
    target = nameNode(first);
  }
  if (text(*name) != "allow") throw Reject{};
  Symbol sym = symbol(*name);
  ListRef list = kind() == Tok::LParen ? args() : ListRef{};
  Node n = node(NodeKind::Annotation, begin);
  n.op = target ? 1 : 0;
  n.a = target;
  n.name = sym;
  n.list = list;
  return add(n);
}

// type : IDENT ('<' type (',' type)* '>')?  # namedType
//      | str ('|' str)+                    # enumType
NodeId Parser::type() {
  Nest nest(*this);
  uint32_t begin = tok().begin;
  size_t m = mark();
  if (kind() == Tok::Quote) {
    scratch_.push_back(str());
    expect(Tok::Pipe);
    scratch_.push_back(str());
    while (accept(Tok::Pipe)) scratch_.push_back(str());
    ListRef members = listFrom(m);
    Node n = node(NodeKind::EnumType, begin);
    n.list = members;
    return add(n);
  }
  Symbol name = symbol(expect(Tok::Ident));
  if (accept(Tok::Lt)) {
    scratch_.push_back(type());
    while (accept(Tok::Comma)) scratch_.push_back(type());
    expect(Tok::Gt);
  }
  ListRef arguments = listFrom(m);
  Node n = node(NodeKind::NamedType, begin);
  n.name = name;
  n.list = arguments;
  return add(n);
}

}  // namespace migc::fast
