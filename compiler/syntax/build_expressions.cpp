// AST handlers for expressions and literals: operators, calls, members,
// numbers with units, lists, maps, comprehensions and strings.
#include "syntax/ast_builder_impl.h"

#include <fmt/format.h>

#include "syntax/literals.h"

namespace migc::ast_builder {

antlrcpp::Any Builder::visitPrimaryExpr(MigParser::PrimaryExprContext* c) {
  return set(build(c->primary()));
}

antlrcpp::Any Builder::visitMemberExpr(MigParser::MemberExprContext* c) {
  return set(make(NodeKind::Member, c, [&](Node& n) {
    n.a = build(c->expr());
    n.name = symbol(c->IDENT());
  }));
}

antlrcpp::Any Builder::visitIndexExpr(MigParser::IndexExprContext* c) {
  auto e = c->expr();
  return set(make(NodeKind::Index, c, [&](Node& n) {
    n.a = build(e.size() > 0 ? e[0] : nullptr);
    n.b = build(e.size() > 1 ? e[1] : nullptr);
  }));
}

antlrcpp::Any Builder::visitCallExpr(MigParser::CallExprContext* c) {
  return set(make(NodeKind::Call, c, [&](Node& n) {
    n.a = build(c->expr());
    n.list = buildAll(c->arg());
  }));
}

antlrcpp::Any Builder::visitArg(MigParser::ArgContext* c) {
  return set(make(NodeKind::Arg, c, [&](Node& n) {
    n.name = symbol(c->IDENT());
    n.a = build(c->expr());
  }));
}

antlrcpp::Any Builder::visitUnaryExpr(MigParser::UnaryExprContext* c) {
  return set(make(NodeKind::Unary, c, [&](Node& n) {
    Op op = opFor(c->op);
    n.op = static_cast<uint8_t>(op == Op::Sub ? Op::Neg : op);
    n.a = build(c->expr());
  }));
}

antlrcpp::Any Builder::visitBinaryExpr(MigParser::BinaryExprContext* c) {
  auto e = c->expr();
  return set(make(NodeKind::Binary, c, [&](Node& n) {
    n.op = static_cast<uint8_t>(opFor(c->op));
    n.a = build(e.size() > 0 ? e[0] : nullptr);
    n.b = build(e.size() > 1 ? e[1] : nullptr);
  }));
}

antlrcpp::Any Builder::visitConditionalExpr(MigParser::ConditionalExprContext* c) {
  auto e = c->expr();
  return set(make(NodeKind::Conditional, c, [&](Node& n) {
    n.a = build(e.size() > 0 ? e[0] : nullptr);
    n.b = build(e.size() > 1 ? e[1] : nullptr);
    n.c = build(e.size() > 2 ? e[2] : nullptr);
  }));
}

antlrcpp::Any Builder::visitNumberLit(MigParser::NumberLitContext* c) {
  std::string_view text = ctx_.tokenText(c->getStart());
  return set(numberNode(c, NodeKind::Number, text, text, Unit::Seconds));
}

antlrcpp::Any Builder::visitUnitLit(MigParser::UnitLitContext* c) {
  std::string_view text = ctx_.tokenText(c->getStart());
  UnitSplit split = splitUnitLiteral(text);
  const UnitInfo* unit = findUnit(split.suffix);
  if (!unit) {
    SourceRange r = range(c);
    r.begin += static_cast<uint32_t>(split.number.size());
    auto d = ctx_.diags.report(DiagKind::UnknownUnit, r, split.suffix, text);
    if (auto s = suggestUnit(split.suffix)) {
      d.fix(r, std::string(*s)).help(fmt::format("did you mean '{}'?", *s));
    } else {
      d.help("durations: ms s m h d w; sizes: B KB MB GB TB KiB MiB GiB TiB; percent: %");
    }
    return set(errorNode(c));
  }
  return set(numberNode(c, NodeKind::UnitNumber, split.number, text, unit->unit));
}

antlrcpp::Any Builder::visitPercentLit(MigParser::PercentLitContext* c) {
  std::string_view text = ctx_.tokenText(c->getStart());
  return set(numberNode(c, NodeKind::UnitNumber, text.substr(0, text.size() - 1), text,
                        Unit::Percent));
}

antlrcpp::Any Builder::visitBoolLit(MigParser::BoolLitContext* c) {
  return set(make(NodeKind::Bool, c, [&](Node& n) { n.op = c->KW_TRUE() != nullptr; }));
}

antlrcpp::Any Builder::visitNullLit(MigParser::NullLitContext* c) {
  return set(make(NodeKind::Null, c, [](Node&) {}));
}

antlrcpp::Any Builder::visitStringLit(MigParser::StringLitContext* c) {
  return set(build(c->str()));
}

antlrcpp::Any Builder::visitNameRef(MigParser::NameRefContext* c) {
  return set(nameNode(c->IDENT(), c));
}

antlrcpp::Any Builder::visitParenExpr(MigParser::ParenExprContext* c) {
  return set(build(c->expr()));
}

antlrcpp::Any Builder::visitListLit(MigParser::ListLitContext* c) {
  return set(make(NodeKind::List, c, [&](Node& n) { n.list = buildAll(c->expr()); }));
}

antlrcpp::Any Builder::visitListComprehension(MigParser::ListComprehensionContext* c) {
  auto vars = c->IDENT();
  auto e = c->expr();
  return set(make(NodeKind::Comprehension, c, [&](Node& n) {
    n.name = vars.empty() ? Symbol{} : symbol(vars[0]);
    if (vars.size() > 1) {
      NodeId v2 = nameNode(vars[1], c);
      n.list = ast_.addList(std::span<const NodeId>(&v2, 1));
    }
    n.a = build(e.size() > 0 ? e[0] : nullptr);
    n.b = build(e.size() > 1 ? e[1] : nullptr);
    if (e.size() > 2) n.c = build(e[2]);
  }));
}

antlrcpp::Any Builder::visitMapLit(MigParser::MapLitContext* c) {
  return set(make(NodeKind::Map, c, [&](Node& n) { n.list = buildAll(c->mapEntry()); }));
}

antlrcpp::Any Builder::visitMapEntry(MigParser::MapEntryContext* c) {
  return set(make(NodeKind::MapEntry, c, [&](Node& n) {
    n.a = build(c->key());
    n.b = build(c->expr());
  }));
}

// Adjacent text and escapes merge into one StringText node, so the tree
// holds the string's value, not its spelling.
antlrcpp::Any Builder::visitStr(MigParser::StrContext* c) {
  std::vector<NodeId> parts;
  std::string text;
  uint32_t text_begin = 0, text_end = 0;
  auto flush = [&]() {
    if (text.empty()) return;
    Node n;
    n.kind = NodeKind::StringText;
    n.begin = text_begin;
    n.end = text_end;
    n.name = ast_.intern(text);
    parts.push_back(ast_.add(n));
    text.clear();
  };
  for (MigParser::StrPartContext* part : c->strPart()) {
    if (auto* interp = dynamic_cast<MigParser::StrInterpContext*>(part)) {
      flush();
      parts.push_back(make(NodeKind::Interpolation, interp,
                           [&](Node& n) { n.a = build(interp->expr()); }));
      continue;
    }
    SourceRange r = range(part);
    if (text.empty()) text_begin = r.begin;
    text_end = r.end;
    std::string_view raw = ctx_.tokenText(part->getStart());
    if (dynamic_cast<MigParser::StrEscapeContext*>(part)) {
      std::optional<char> ch = raw.size() == 2 ? decodeEscape(raw[1]) : std::nullopt;
      if (ch) text.push_back(*ch);
      else text.append(raw);  // reported by the token scan
    } else {
      text.append(raw);
    }
  }
  flush();
  return set(make(NodeKind::String, c, [&](Node& n) { n.list = ast_.addList(parts); }));
}

}  // namespace migc::ast_builder
