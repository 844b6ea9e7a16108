// The visitor that turns one file's ANTLR parse tree into the AST (internal to
// compiler/syntax). Handlers are split by construct: build_declarations.cpp
// (items, blocks, types), build_expressions.cpp (expressions, literals,
// strings); ast_builder.cpp holds the shared helpers and the entry point.
#pragma once

#include <algorithm>
#include <span>

#include "MigParserBaseVisitor.h"
#include "syntax/ast_builder.h"

namespace migc::ast_builder {

using mig::MigParser;
using TNode = antlr4::tree::TerminalNode;

class Builder : public mig::MigParserBaseVisitor {
 public:
  explicit Builder(ParseContext& ctx) : ctx_(ctx), ast_(ctx.ast) {}

  // The node a rule builds; an Error node when the rule is missing (the
  // parser recovered from an error there).
  NodeId build(antlr4::ParserRuleContext* rule) {
    if (!rule || !rule->getStart()) return errorNode(rule);
    last_ = NodeId{};
    rule->accept(this);
    return last_ ? last_ : errorNode(rule);
  }

  // declarations (build_declarations.cpp)
  antlrcpp::Any visitFile(MigParser::FileContext* c) override;
  antlrcpp::Any visitImportDecl(MigParser::ImportDeclContext* c) override;
  antlrcpp::Any visitParamDecl(MigParser::ParamDeclContext* c) override;
  antlrcpp::Any visitLetDecl(MigParser::LetDeclContext* c) override;
  antlrcpp::Any visitOutputDecl(MigParser::OutputDeclContext* c) override;
  antlrcpp::Any visitComponentDecl(MigParser::ComponentDeclContext* c) override;
  antlrcpp::Any visitComponentParam(MigParser::ComponentParamContext* c) override;
  antlrcpp::Any visitBlock(MigParser::BlockContext* c) override;
  antlrcpp::Any visitLabel(MigParser::LabelContext* c) override;
  antlrcpp::Any visitBody(MigParser::BodyContext* c) override;
  antlrcpp::Any visitAttribute(MigParser::AttributeContext* c) override;
  antlrcpp::Any visitKey(MigParser::KeyContext* c) override;
  antlrcpp::Any visitIfStmt(MigParser::IfStmtContext* c) override;
  antlrcpp::Any visitForStmt(MigParser::ForStmtContext* c) override;
  antlrcpp::Any visitAnnotation(MigParser::AnnotationContext* c) override;
  antlrcpp::Any visitNamedType(MigParser::NamedTypeContext* c) override;
  antlrcpp::Any visitEnumType(MigParser::EnumTypeContext* c) override;

  // expressions and literals (build_expressions.cpp)
  antlrcpp::Any visitPrimaryExpr(MigParser::PrimaryExprContext* c) override;
  antlrcpp::Any visitMemberExpr(MigParser::MemberExprContext* c) override;
  antlrcpp::Any visitIndexExpr(MigParser::IndexExprContext* c) override;
  antlrcpp::Any visitCallExpr(MigParser::CallExprContext* c) override;
  antlrcpp::Any visitArg(MigParser::ArgContext* c) override;
  antlrcpp::Any visitUnaryExpr(MigParser::UnaryExprContext* c) override;
  antlrcpp::Any visitBinaryExpr(MigParser::BinaryExprContext* c) override;
  antlrcpp::Any visitConditionalExpr(MigParser::ConditionalExprContext* c) override;
  antlrcpp::Any visitNumberLit(MigParser::NumberLitContext* c) override;
  antlrcpp::Any visitUnitLit(MigParser::UnitLitContext* c) override;
  antlrcpp::Any visitPercentLit(MigParser::PercentLitContext* c) override;
  antlrcpp::Any visitBoolLit(MigParser::BoolLitContext* c) override;
  antlrcpp::Any visitNullLit(MigParser::NullLitContext* c) override;
  antlrcpp::Any visitStringLit(MigParser::StringLitContext* c) override;
  antlrcpp::Any visitNameRef(MigParser::NameRefContext* c) override;
  antlrcpp::Any visitParenExpr(MigParser::ParenExprContext* c) override;
  antlrcpp::Any visitListLit(MigParser::ListLitContext* c) override;
  antlrcpp::Any visitListComprehension(MigParser::ListComprehensionContext* c) override;
  antlrcpp::Any visitMapLit(MigParser::MapLitContext* c) override;
  antlrcpp::Any visitMapEntry(MigParser::MapEntryContext* c) override;
  antlrcpp::Any visitStr(MigParser::StrContext* c) override;

 private:
  void checkAnnotation(MigParser::AnnotationContext* c, const Node& n);

  antlrcpp::Any set(NodeId id) {
    last_ = id;
    return antlrcpp::Any();
  }

  SourceRange range(antlr4::ParserRuleContext* c) const;

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

  Symbol symbol(TNode* t);
  NodeId nameNode(TNode* t, antlr4::ParserRuleContext* fallback);
  NodeId numberNode(antlr4::ParserRuleContext* c, NodeKind kind, std::string_view digits,
                    std::string_view text, Unit unit);
  static Op opFor(antlr4::Token* t);

  template <typename Ctx>
  ListRef buildAll(const std::vector<Ctx*>& rules) {
    std::vector<NodeId> ids;
    ids.reserve(rules.size());
    for (Ctx* r : rules) ids.push_back(build(r));
    return ast_.addList(ids);
  }

  ListRef items(const std::vector<MigParser::ItemContext*>& rules);

  ParseContext& ctx_;
  Ast& ast_;
  NodeId last_;
};

}  // namespace migc::ast_builder
