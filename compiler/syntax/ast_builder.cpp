#include "syntax/ast_builder.h"

#include <fmt/format.h>

#include "MigParserBaseVisitor.h"
#include "syntax/literals.h"

namespace migc {
namespace {

using mig::MigParser;
using TNode = antlr4::tree::TerminalNode;

class Builder : public mig::MigParserBaseVisitor {
 public:
  explicit Builder(ParseContext& ctx) : ctx_(ctx), ast_(ctx.ast) {}

  NodeId build(antlr4::ParserRuleContext* rule) {
    if (!rule || !rule->getStart()) return errorNode(rule);
    last_ = NodeId{};
    rule->accept(this);
    return last_ ? last_ : errorNode(rule);
  }

  // ---- declarations -------------------------------------------------------
  antlrcpp::Any visitFile(MigParser::FileContext* c) override {
    return set(make(NodeKind::File, c, [&](Node& n) { n.list = items(c->item()); }));
  }

  antlrcpp::Any visitImportDecl(MigParser::ImportDeclContext* c) override {
    return set(make(NodeKind::Import, c, [&](Node& n) {
      n.a = build(c->str());
      n.name = symbol(c->IDENT());
    }));
  }

  antlrcpp::Any visitParamDecl(MigParser::ParamDeclContext* c) override {
    return set(make(NodeKind::Param, c, [&](Node& n) {
      n.name = symbol(c->IDENT());
      n.a = build(c->type());
      n.b = optional(c->expr());
    }));
  }

  antlrcpp::Any visitLetDecl(MigParser::LetDeclContext* c) override {
    return set(make(NodeKind::Let, c, [&](Node& n) {
      n.name = symbol(c->IDENT());
      n.a = optional(c->type());
      n.b = build(c->expr());
    }));
  }

  antlrcpp::Any visitOutputDecl(MigParser::OutputDeclContext* c) override {
    return set(make(NodeKind::Output, c, [&](Node& n) {
      n.name = symbol(c->IDENT());
      n.a = optional(c->type());
      n.b = build(c->expr());
    }));
  }

  antlrcpp::Any visitComponentDecl(MigParser::ComponentDeclContext* c) override {
    return set(make(NodeKind::Component, c, [&](Node& n) {
      n.name = symbol(c->IDENT());
      n.list = buildAll(c->componentParam());
      n.c = build(c->body());
    }));
  }

  antlrcpp::Any visitComponentParam(MigParser::ComponentParamContext* c) override {
    return set(make(NodeKind::ComponentParam, c, [&](Node& n) {
      n.name = symbol(c->IDENT());
      n.a = build(c->type());
      n.b = optional(c->expr());
    }));
  }

  antlrcpp::Any visitBlock(MigParser::BlockContext* c) override {
    return set(make(NodeKind::Block, c, [&](Node& n) {
      if (c->kind && ParseContext::isReal(c->kind->getStart()) && ParseContext::isReal(c->kind->getStop())) {
        uint32_t b = ctx_.tokenBegin(c->kind->getStart());
        n.name = ast_.intern(ctx_.text.substr(b, ctx_.tokenEnd(c->kind->getStop()) - b));
      }
      n.a = optional(c->label());
      n.b = optional(c->expr());
      n.c = build(c->body());
    }));
  }

  antlrcpp::Any visitLabel(MigParser::LabelContext* c) override {
    return set(c->str() ? build(c->str()) : nameNode(c->IDENT(), c));
  }

  antlrcpp::Any visitBody(MigParser::BodyContext* c) override {
    return set(make(NodeKind::Body, c, [&](Node& n) { n.list = items(c->item()); }));
  }

  antlrcpp::Any visitAttribute(MigParser::AttributeContext* c) override {
    return set(make(NodeKind::Attribute, c, [&](Node& n) {
      n.a = build(c->key());
      n.b = build(c->expr());
    }));
  }

  antlrcpp::Any visitKey(MigParser::KeyContext* c) override {
    if (c->str()) return set(build(c->str()));
    if (c->keyword()) {
      return set(make(NodeKind::Name, c, [&](Node& n) {
        n.name = ast_.intern(ctx_.tokenText(c->keyword()->getStart()));
      }));
    }
    return set(nameNode(c->IDENT(), c));
  }

  antlrcpp::Any visitIfStmt(MigParser::IfStmtContext* c) override {
    return set(make(NodeKind::If, c, [&](Node& n) {
      n.a = build(c->expr());
      auto bodies = c->body();
      n.b = build(bodies.empty() ? nullptr : bodies[0]);
      if (c->ifStmt()) n.c = build(c->ifStmt());
      else if (bodies.size() > 1) n.c = build(bodies[1]);
    }));
  }

  antlrcpp::Any visitForStmt(MigParser::ForStmtContext* c) override {
    return set(make(NodeKind::For, c, [&](Node& n) {
      auto vars = c->IDENT();
      n.name = vars.empty() ? Symbol{} : symbol(vars[0]);
      if (vars.size() > 1) n.b = nameNode(vars[1], c);
      n.a = build(c->expr());
      n.c = build(c->body());
    }));
  }

  antlrcpp::Any visitAnnotation(MigParser::AnnotationContext* c) override {
    auto names = c->IDENT();
    return set(make(NodeKind::Annotation, c, [&](Node& n) {
      if (names.size() > 1) {
        n.op = 1;
        n.a = nameNode(names[0], c);
        n.name = symbol(names[1]);
      } else if (!names.empty()) {
        n.name = symbol(names[0]);
      }
      n.list = buildAll(c->arg());
      checkAnnotation(c, n);
    }));
  }

  // ---- types --------------------------------------------------------------
  antlrcpp::Any visitNamedType(MigParser::NamedTypeContext* c) override {
    return set(make(NodeKind::NamedType, c, [&](Node& n) {
      n.name = symbol(c->IDENT());
      n.list = buildAll(c->type());
    }));
  }

  antlrcpp::Any visitEnumType(MigParser::EnumTypeContext* c) override {
    return set(make(NodeKind::EnumType, c, [&](Node& n) { n.list = buildAll(c->str()); }));
  }

  // ---- expressions --------------------------------------------------------
  antlrcpp::Any visitPrimaryExpr(MigParser::PrimaryExprContext* c) override {
    return set(build(c->primary()));
  }

  antlrcpp::Any visitMemberExpr(MigParser::MemberExprContext* c) override {
    return set(make(NodeKind::Member, c, [&](Node& n) {
      n.a = build(c->expr());
      n.name = symbol(c->IDENT());
    }));
  }

  antlrcpp::Any visitIndexExpr(MigParser::IndexExprContext* c) override {
    auto e = c->expr();
    return set(make(NodeKind::Index, c, [&](Node& n) {
      n.a = build(e.size() > 0 ? e[0] : nullptr);
      n.b = build(e.size() > 1 ? e[1] : nullptr);
    }));
  }

  antlrcpp::Any visitCallExpr(MigParser::CallExprContext* c) override {
    return set(make(NodeKind::Call, c, [&](Node& n) {
      n.a = build(c->expr());
      n.list = buildAll(c->arg());
    }));
  }

  antlrcpp::Any visitArg(MigParser::ArgContext* c) override {
    return set(make(NodeKind::Arg, c, [&](Node& n) {
      n.name = symbol(c->IDENT());
      n.a = build(c->expr());
    }));
  }

  antlrcpp::Any visitUnaryExpr(MigParser::UnaryExprContext* c) override {
    return set(make(NodeKind::Unary, c, [&](Node& n) {
      Op op = opFor(c->op);
      n.op = static_cast<uint8_t>(op == Op::Sub ? Op::Neg : op);
      n.a = build(c->expr());
    }));
  }

  antlrcpp::Any visitBinaryExpr(MigParser::BinaryExprContext* c) override {
    auto e = c->expr();
    return set(make(NodeKind::Binary, c, [&](Node& n) {
      n.op = static_cast<uint8_t>(opFor(c->op));
      n.a = build(e.size() > 0 ? e[0] : nullptr);
      n.b = build(e.size() > 1 ? e[1] : nullptr);
    }));
  }

  antlrcpp::Any visitConditionalExpr(MigParser::ConditionalExprContext* c) override {
    auto e = c->expr();
    return set(make(NodeKind::Conditional, c, [&](Node& n) {
      n.a = build(e.size() > 0 ? e[0] : nullptr);
      n.b = build(e.size() > 1 ? e[1] : nullptr);
      n.c = build(e.size() > 2 ? e[2] : nullptr);
    }));
  }

  antlrcpp::Any visitNumberLit(MigParser::NumberLitContext* c) override {
    std::string_view text = ctx_.tokenText(c->getStart());
    return set(numberNode(c, NodeKind::Number, text, text, Unit::Seconds));
  }

  antlrcpp::Any visitUnitLit(MigParser::UnitLitContext* c) override {
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

  antlrcpp::Any visitPercentLit(MigParser::PercentLitContext* c) override {
    std::string_view text = ctx_.tokenText(c->getStart());
    return set(numberNode(c, NodeKind::UnitNumber, text.substr(0, text.size() - 1), text,
                          Unit::Percent));
  }

  antlrcpp::Any visitBoolLit(MigParser::BoolLitContext* c) override {
    return set(make(NodeKind::Bool, c, [&](Node& n) { n.op = c->KW_TRUE() != nullptr; }));
  }

  antlrcpp::Any visitNullLit(MigParser::NullLitContext* c) override {
    return set(make(NodeKind::Null, c, [](Node&) {}));
  }

  antlrcpp::Any visitStringLit(MigParser::StringLitContext* c) override {
    return set(build(c->str()));
  }

  antlrcpp::Any visitNameRef(MigParser::NameRefContext* c) override {
    return set(nameNode(c->IDENT(), c));
  }

  antlrcpp::Any visitParenExpr(MigParser::ParenExprContext* c) override {
    return set(build(c->expr()));
  }

  antlrcpp::Any visitListLit(MigParser::ListLitContext* c) override {
    return set(make(NodeKind::List, c, [&](Node& n) { n.list = buildAll(c->expr()); }));
  }

  antlrcpp::Any visitListComprehension(MigParser::ListComprehensionContext* c) override {
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

  antlrcpp::Any visitMapLit(MigParser::MapLitContext* c) override {
    return set(make(NodeKind::Map, c, [&](Node& n) { n.list = buildAll(c->mapEntry()); }));
  }

  antlrcpp::Any visitMapEntry(MigParser::MapEntryContext* c) override {
    return set(make(NodeKind::MapEntry, c, [&](Node& n) {
      n.a = build(c->key());
      n.b = build(c->expr());
    }));
  }

  antlrcpp::Any visitStr(MigParser::StrContext* c) override;

 private:
  // The annotation names the language defines; anything else is a typo
  // that would otherwise silently suppress nothing.
  void checkAnnotation(MigParser::AnnotationContext* c, const Node& n) {
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
                        std::string(ctx_.tokenText(names[0]->getSymbol())) + ":" +
                            std::string(name))
          .help("the only annotation target is 'file', as in @file:allow(...)");
    }
  }

  antlrcpp::Any set(NodeId id) {
    last_ = id;
    return antlrcpp::Any();
  }

  SourceRange range(antlr4::ParserRuleContext* c) const {
    antlr4::Token* start = c ? c->getStart() : nullptr;
    antlr4::Token* stop = c ? c->getStop() : nullptr;
    if (!ParseContext::isReal(start)) return {ctx_.file, 0, 0};
    uint32_t b = ctx_.tokenBegin(start);
    uint32_t e = ParseContext::isReal(stop) ? ctx_.tokenEnd(stop) : ctx_.tokenEnd(start);
    return {ctx_.file, b, std::max(b, e)};
  }

  template <typename Fill>
  NodeId make(NodeKind kind, antlr4::ParserRuleContext* c, Fill fill) {
    Node n;
    n.kind = kind;
    SourceRange r = range(c);
    n.begin = r.begin;
    n.end = r.end;
    fill(n);
    return ast_.add(n);
  }

  NodeId errorNode(antlr4::ParserRuleContext* c) {
    return make(NodeKind::Error, c, [](Node&) {});
  }

  NodeId optional(antlr4::ParserRuleContext* c) { return c ? build(c) : NodeId{}; }

  Symbol symbol(TNode* t) {
    if (!t || !ParseContext::isReal(t->getSymbol())) return Symbol{};
    return ast_.intern(ctx_.tokenText(t->getSymbol()));
  }

  NodeId nameNode(TNode* t, antlr4::ParserRuleContext* fallback) {
    if (!t || !ParseContext::isReal(t->getSymbol())) return errorNode(fallback);
    Node n;
    n.kind = NodeKind::Name;
    SourceRange r = ctx_.tokenRange(t->getSymbol());
    n.begin = r.begin;
    n.end = r.end;
    n.name = ast_.intern(ctx_.tokenText(t->getSymbol()));
    return ast_.add(n);
  }

  NodeId numberNode(antlr4::ParserRuleContext* c, NodeKind kind, std::string_view digits,
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

  static Op opFor(antlr4::Token* t) {
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

  template <typename Ctx>
  ListRef buildAll(const std::vector<Ctx*>& rules) {
    std::vector<NodeId> ids;
    ids.reserve(rules.size());
    for (Ctx* r : rules) ids.push_back(build(r));
    return ast_.addList(ids);
  }

  // An item is its declaration with the annotations in front attached.
  ListRef items(const std::vector<MigParser::ItemContext*>& rules) {
    std::vector<NodeId> ids;
    ids.reserve(rules.size());
    for (MigParser::ItemContext* item : rules) {
      if (!item || !item->declaration()) continue;
      NodeId decl = build(item->declaration()->children.empty()
                              ? nullptr
                              : dynamic_cast<antlr4::ParserRuleContext*>(
                                    item->declaration()->children[0]));
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

  ParseContext& ctx_;
  Ast& ast_;
  NodeId last_;
};

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

}  // namespace

NodeId buildAst(ParseContext& ctx, mig::MigParser::FileContext* file) {
  Builder builder(ctx);
  return builder.build(file);
}

}  // namespace migc
