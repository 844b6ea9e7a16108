// Expressions by precedence climbing. MigParser.g4's `expr` is one
// left-recursive rule whose alternatives ANTLR ranks by order: postfix
// (member, index, call) binds tightest, then prefix '!' and '-', then
// * /, + -, < <= > >=, == !=, &&, ||, all left-associative, and last the
// right-associative conditional, whose middle operand is a whole expr.
// A node's range starts where its leftmost operand's text starts, brackets
// included: `(a) + b` begins at '('.
#include "syntax/parser.h"

namespace migc::fast {
namespace {

struct BinaryOp {
  int precedence = 0;  // 0: not a binary operator
  Op op = Op::None;
};

BinaryOp binaryOp(Tok t) {
  switch (t) {
    case Tok::OrOr: return {1, Op::Or};
    case Tok::AndAnd: return {2, Op::And};
    case Tok::EqEq: return {3, Op::Eq};
    case Tok::NotEq: return {3, Op::Ne};
    case Tok::Lt: return {4, Op::Lt};
    case Tok::Le: return {4, Op::Le};
    case Tok::Gt: return {4, Op::Gt};
    case Tok::Ge: return {4, Op::Ge};
    case Tok::Plus: return {5, Op::Add};
    case Tok::Minus: return {5, Op::Sub};
    case Tok::Star: return {6, Op::Mul};
    case Tok::Slash: return {6, Op::Div};
    default: return {};
  }
}

}  // namespace

// expr : ... | <assoc=right> expr '?' expr ':' expr
NodeId Parser::expr() {
  Nest nest(*this);
  uint32_t begin = tok().begin;
  NodeId cond = binary(1);
  if (!accept(Tok::Question)) return cond;
  NodeId then = expr();
  expect(Tok::Colon);
  NodeId otherwise = expr();
  Node n = node(NodeKind::Conditional, begin);
  n.a = cond;
  n.b = then;
  n.c = otherwise;
  return add(n);
}

// Left operands fold in a loop; a right operand takes only operators that
// bind tighter than this one, which makes equal precedence left-associative.
NodeId Parser::binary(int min_precedence) {
  uint32_t begin = tok().begin;
  NodeId lhs = unary();
  for (;;) {
    BinaryOp op = binaryOp(kind());
    if (op.precedence == 0 || op.precedence < min_precedence) return lhs;
    take();
    NodeId rhs = binary(op.precedence + 1);
    Node n = node(NodeKind::Binary, begin);
    n.op = static_cast<uint8_t>(op.op);
    n.a = lhs;
    n.b = rhs;
    lhs = add(n);
  }
}

// op=('!' | '-') expr — the operand takes postfix operators only.
NodeId Parser::unary() {
  if (kind() != Tok::Bang && kind() != Tok::Minus) return postfix();
  Nest nest(*this);
  const Token& op = take();
  NodeId operand = unary();
  Node n = node(NodeKind::Unary, op.begin);
  n.op = static_cast<uint8_t>(op.kind == Tok::Bang ? Op::Not : Op::Neg);
  n.a = operand;
  return add(n);
}

// expr '.' IDENT | expr '[' expr ']' | expr '(' args ')'
NodeId Parser::postfix() {
  uint32_t begin = tok().begin;
  NodeId e = primary();
  for (;;) {
    switch (kind()) {
      case Tok::Dot: {
        take();
        Symbol member = symbol(expect(Tok::Ident));
        Node n = node(NodeKind::Member, begin);
        n.a = e;
        n.name = member;
        e = add(n);
        break;
      }
      case Tok::LBracket: {
        take();
        NodeId index = expr();
        expect(Tok::RBracket);
        Node n = node(NodeKind::Index, begin);
        n.a = e;
        n.b = index;
        e = add(n);
        break;
      }
      case Tok::LParen: {
        ListRef list = args();
        Node n = node(NodeKind::Call, begin);
        n.a = e;
        n.list = list;
        e = add(n);
        break;
      }
      default:
        return e;
    }
  }
}

// '(' (arg (',' arg)* ','?)? ')' with arg : (IDENT '=')? expr — shared by
// calls and annotations.
ListRef Parser::args() {
  expect(Tok::LParen);
  size_t m = mark();
  while (kind() != Tok::RParen) {
    uint32_t begin = tok().begin;
    Symbol keyword;
    if (kind() == Tok::Ident && kind(1) == Tok::Assign) {
      keyword = symbol(take());
      take();
    }
    NodeId value = expr();
    Node n = node(NodeKind::Arg, begin);
    n.name = keyword;
    n.a = value;
    scratch_.push_back(add(n));
    if (!accept(Tok::Comma)) break;
  }
  expect(Tok::RParen);
  return listFrom(m);
}

NodeId Parser::primary() {
  switch (kind()) {
    case Tok::Number:
    case Tok::Unit:
    case Tok::Percent:
      return number();
    case Tok::KwTrue:
    case Tok::KwFalse: {
      const Token& t = take();
      Node n = node(NodeKind::Bool, t.begin);
      n.op = t.kind == Tok::KwTrue;
      return add(n);
    }
    case Tok::KwNull:
      return add(node(NodeKind::Null, take().begin));
    case Tok::Quote:
      return str();
    case Tok::Ident:
      return nameNode(take());
    case Tok::LParen: {
      // The parentheses make no node: the inner expression is the value.
      take();
      NodeId inner = expr();
      expect(Tok::RParen);
      return inner;
    }
    case Tok::LBracket:
      return listOrComprehension();
    case Tok::LBrace:
      return map();
    default:
      throw Reject{};
  }
}

// '[' (expr (',' expr)* ','?)? ']'
// | '[' 'for' IDENT (',' IDENT)? 'in' expr ':' expr ('if' expr)? ']'
NodeId Parser::listOrComprehension() {
  uint32_t begin = take().begin;
  if (accept(Tok::KwFor)) {
    Symbol var = symbol(expect(Tok::Ident));
    ListRef var2;
    if (accept(Tok::Comma)) {
      NodeId v = nameNode(expect(Tok::Ident));
      var2 = ast_.addList(std::span<const NodeId>(&v, 1));
    }
    expect(Tok::KwIn);
    NodeId iterable = expr();
    expect(Tok::Colon);
    NodeId element = expr();
    NodeId filter = accept(Tok::KwIf) ? expr() : NodeId{};
    expect(Tok::RBracket);
    Node n = node(NodeKind::Comprehension, begin);
    n.name = var;
    n.list = var2;
    n.a = iterable;
    n.b = element;
    n.c = filter;
    return add(n);
  }
  size_t m = mark();
  while (kind() != Tok::RBracket) {
    scratch_.push_back(expr());
    if (!accept(Tok::Comma)) break;
  }
  expect(Tok::RBracket);
  ListRef elements = listFrom(m);
  Node n = node(NodeKind::List, begin);
  n.list = elements;
  return add(n);
}

// '{' (mapEntry (','? mapEntry)* ','?)? '}' with mapEntry : key '=' expr
NodeId Parser::map() {
  uint32_t begin = take().begin;
  size_t m = mark();
  while (kind() != Tok::RBrace) {
    uint32_t entry_begin = tok().begin;
    NodeId k = key();
    expect(Tok::Assign);
    NodeId value = expr();
    Node n = node(NodeKind::MapEntry, entry_begin);
    n.a = k;
    n.b = value;
    scratch_.push_back(add(n));
    accept(Tok::Comma);
  }
  expect(Tok::RBrace);
  ListRef entries = listFrom(m);
  Node n = node(NodeKind::Map, begin);
  n.list = entries;
  return add(n);
}

}  // namespace migc::fast
