// AST handlers for items: imports, params, lets, outputs, components,
// blocks and their bodies, if/for, annotations, and types.
#include "syntax/ast_builder_impl.h"

namespace migc::ast_builder {

antlrcpp::Any Builder::visitFile(MigParser::FileContext* c) {
  return set(make(NodeKind::File, c, [&](Node& n) { n.list = items(c->item()); }));
}

antlrcpp::Any Builder::visitImportDecl(MigParser::ImportDeclContext* c) {
  return set(make(NodeKind::Import, c, [&](Node& n) {
    n.a = build(c->str());
    n.name = symbol(c->IDENT());
  }));
}

antlrcpp::Any Builder::visitParamDecl(MigParser::ParamDeclContext* c) {
  return set(make(NodeKind::Param, c, [&](Node& n) {
    n.name = symbol(c->IDENT());
    n.a = build(c->type());
    n.b = optional(c->expr());
  }));
}

antlrcpp::Any Builder::visitLetDecl(MigParser::LetDeclContext* c) {
  return set(make(NodeKind::Let, c, [&](Node& n) {
    n.name = symbol(c->IDENT());
    n.a = optional(c->type());
    n.b = build(c->expr());
  }));
}

antlrcpp::Any Builder::visitOutputDecl(MigParser::OutputDeclContext* c) {
  return set(make(NodeKind::Output, c, [&](Node& n) {
    n.name = symbol(c->IDENT());
    n.a = optional(c->type());
    n.b = build(c->expr());
  }));
}

antlrcpp::Any Builder::visitComponentDecl(MigParser::ComponentDeclContext* c) {
  return set(make(NodeKind::Component, c, [&](Node& n) {
    n.name = symbol(c->IDENT());
    n.list = buildAll(c->componentParam());
    n.c = build(c->body());
  }));
}

antlrcpp::Any Builder::visitComponentParam(MigParser::ComponentParamContext* c) {
  return set(make(NodeKind::ComponentParam, c, [&](Node& n) {
    n.name = symbol(c->IDENT());
    n.a = build(c->type());
    n.b = optional(c->expr());
  }));
}

antlrcpp::Any Builder::visitBlock(MigParser::BlockContext* c) {
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

antlrcpp::Any Builder::visitLabel(MigParser::LabelContext* c) {
  return set(c->str() ? build(c->str()) : nameNode(c->IDENT(), c));
}

antlrcpp::Any Builder::visitBody(MigParser::BodyContext* c) {
  return set(make(NodeKind::Body, c, [&](Node& n) { n.list = items(c->item()); }));
}

antlrcpp::Any Builder::visitAttribute(MigParser::AttributeContext* c) {
  return set(make(NodeKind::Attribute, c, [&](Node& n) {
    n.a = build(c->key());
    n.b = build(c->expr());
  }));
}

antlrcpp::Any Builder::visitKey(MigParser::KeyContext* c) {
  if (c->str()) return set(build(c->str()));
  if (c->keyword()) {
    return set(make(NodeKind::Name, c, [&](Node& n) {
      n.name = ast_.intern(ctx_.tokenText(c->keyword()->getStart()));
    }));
  }
  return set(nameNode(c->IDENT(), c));
}

antlrcpp::Any Builder::visitIfStmt(MigParser::IfStmtContext* c) {
  return set(make(NodeKind::If, c, [&](Node& n) {
    n.a = build(c->expr());
    auto bodies = c->body();
    n.b = build(bodies.empty() ? nullptr : bodies[0]);
    if (c->ifStmt()) n.c = build(c->ifStmt());
    else if (bodies.size() > 1) n.c = build(bodies[1]);
  }));
}

antlrcpp::Any Builder::visitForStmt(MigParser::ForStmtContext* c) {
  return set(make(NodeKind::For, c, [&](Node& n) {
    auto vars = c->IDENT();
    n.name = vars.empty() ? Symbol{} : symbol(vars[0]);
    if (vars.size() > 1) n.b = nameNode(vars[1], c);
    n.a = build(c->expr());
    n.c = build(c->body());
  }));
}

antlrcpp::Any Builder::visitAnnotation(MigParser::AnnotationContext* c) {
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

antlrcpp::Any Builder::visitNamedType(MigParser::NamedTypeContext* c) {
  return set(make(NodeKind::NamedType, c, [&](Node& n) {
    n.name = symbol(c->IDENT());
    n.list = buildAll(c->type());
  }));
}

antlrcpp::Any Builder::visitEnumType(MigParser::EnumTypeContext* c) {
  return set(make(NodeKind::EnumType, c, [&](Node& n) { n.list = buildAll(c->str()); }));
}

}  // namespace migc::ast_builder
