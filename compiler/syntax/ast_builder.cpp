// The AST builder's entry point and the helpers its handlers share.
#include "syntax/ast_builder.h"

#include "syntax/ast_builder_impl.h"
#include "syntax/literals.h"

namespace migc {
namespace ast_builder {

// The annotation names the language defines; anything else is a typo that
// would otherwise silently suppress nothing.
void Builder::checkAnnotation(MigParser::AnnotationContext* c, const Node& n) {
  auto names = c->IDENT();
  if (names.empty()) return;
  bool known_target = n.op == 0 || ctx_.tokenText(names[0]->getSymbol()) == "file";
  std::string_view name = ast_.str(n.name);
  if (!name.empty() && name != "allow") {
    TNode* t = names.back();
    ctx_.diags.report(DiagKind::UnknownAnnotation, ctx_.tokenRange(t->getSymbol()), name)
        .help("the known annotations are @allow(...) and @file:allow(...)");
  } else if (!known_target) {
    ctx_.diags.report(DiagKind::UnknownAnnotation, ctx_.tokenRange(names[0]->getSymbol()),
                      std::string(ctx_.tokenText(names[0]->getSymbol())) + ":" + std::string(name))
        .help("the only annotation target is 'file', as in @file:allow(...)");
  }
}

SourceRange Builder::range(antlr4::ParserRuleContext* c) const {
  antlr4::Token* start = c ? c->getStart() : nullptr;
  antlr4::Token* stop = c ? c->getStop() : nullptr;
  if (!ParseContext::isReal(start)) return {ctx_.file, 0, 0};
  uint32_t b = ctx_.tokenBegin(start);
  uint32_t e = ParseContext::isReal(stop) ? ctx_.tokenEnd(stop) : ctx_.tokenEnd(start);
  return {ctx_.file, b, std::max(b, e)};
}

Symbol Builder::symbol(TNode* t) {
  if (!t || !ParseContext::isReal(t->getSymbol())) return Symbol{};
  return ast_.intern(ctx_.tokenText(t->getSymbol()));
}

NodeId Builder::nameNode(TNode* t, antlr4::ParserRuleContext* fallback) {
  if (!t || !ParseContext::isReal(t->getSymbol())) return errorNode(fallback);
  Node n;
  n.kind = NodeKind::Name;
  SourceRange r = ctx_.tokenRange(t->getSymbol());
  n.begin = r.begin;
  n.end = r.end;
  n.name = ast_.intern(ctx_.tokenText(t->getSymbol()));
  return ast_.add(n);
}

NodeId Builder::numberNode(antlr4::ParserRuleContext* c, NodeKind kind, std::string_view digits,
                           std::string_view text, Unit unit) {
  std::optional<NumberValue> v = parseNumber(digits);
  if (!v) {
    ctx_.diags.report(DiagKind::NumberOutOfRange, range(c), text);
    return errorNode(c);
  }
  return make(kind, c, [&](Node& n) {
    n.value = ast_.addNumber(*v);
    if (kind == NodeKind::UnitNumber) n.op = static_cast<uint8_t>(unit);
  });
}

Op Builder::opFor(antlr4::Token* t) {
  if (!t) return Op::None;
  switch (t->getType()) {
    case MigParser::BANG: return Op::Not;
    case MigParser::STAR: return Op::Mul;
    case MigParser::SLASH: return Op::Div;
    case MigParser::PLUS: return Op::Add;
    case MigParser::MINUS: return Op::Sub;
    case MigParser::LT: return Op::Lt;
    case MigParser::LE: return Op::Le;
    case MigParser::GT: return Op::Gt;
    case MigParser::GE: return Op::Ge;
    case MigParser::EQEQ: return Op::Eq;
    case MigParser::NOTEQ: return Op::Ne;
    case MigParser::ANDAND: return Op::And;
    case MigParser::OROR: return Op::Or;
  }
  return Op::None;
}

// An item is its declaration with the annotations in front attached.
ListRef Builder::items(const std::vector<MigParser::ItemContext*>& rules) {
  std::vector<NodeId> ids;
  ids.reserve(rules.size());
  for (MigParser::ItemContext* item : rules) {
    if (!item || !item->declaration()) continue;
    NodeId decl = build(item->declaration()->children.empty()
                            ? nullptr
                            : dynamic_cast<antlr4::ParserRuleContext*>(item->declaration()->children[0]));
    auto annotations = item->annotation();
    if (!annotations.empty()) {
      ListRef list = buildAll(annotations);
      Node& n = ast_.node(decl);
      n.list2 = list;
      n.begin = std::min(n.begin, range(annotations.front()).begin);
    }
    ids.push_back(decl);
  }
  return ast_.addList(ids);
}

}  // namespace ast_builder

NodeId buildAst(ParseContext& ctx, mig::MigParser::FileContext* file) {
  ast_builder::Builder builder(ctx);
  return builder.build(file);
}

}  // namespace migc
