// Recording the symbol index (symbol_index.h) while elaborating: a
// declaration when a global is declared, a use when a name resolves to one.
// Every function returns at once when no index was asked for.
#include "sema/elaborator.h"

namespace migc::sema {
namespace {

std::string_view keywordOf(Global::Kind kind) {
  switch (kind) {
    case Global::Kind::Param: return "param";
    case Global::Kind::Let: return "let";
    case Global::Kind::Output: return "output";
    case Global::Kind::Component: return "component";
    case Global::Kind::Object: return "";
  }
  return "";
}

SymbolIndex::Kind symbolKind(Global::Kind kind) {
  switch (kind) {
    case Global::Kind::Param: return SymbolIndex::Kind::Param;
    case Global::Kind::Let: return SymbolIndex::Kind::Let;
    case Global::Kind::Output: return SymbolIndex::Kind::Output;
    case Global::Kind::Component: return SymbolIndex::Kind::Component;
    case Global::Kind::Object: return SymbolIndex::Kind::Object;
  }
  return SymbolIndex::Kind::Let;
}

// The range of the identifier a node ends with: a Name is one; a Member
// `a.b` ends with `b`.
SourceRange trailingIdentifier(const Ast& ast, NodeId id) {
  const Node& n = ast.node(id);
  SourceRange r = ast.range(id);
  if (n.kind == NodeKind::Member) {
    uint32_t len = static_cast<uint32_t>(ast.str(n.name).size());
    if (r.end >= r.begin + len) r.begin = r.end - len;
  }
  return r;
}

}  // namespace

void Elaborator::recordDeclaration(Global& g, SourceRange where) {
  if (!symbols_) return;
  SymbolIndex::Declaration d;
  d.kind = symbolKind(g.kind);
  d.name = g.name;
  d.range = g.ast->range(g.node);
  d.name_range = where;
  const Node& n = g.ast->node(g.node);
  if (g.kind == Global::Kind::Object) {
    d.object_kind = std::string(g.ast->str(n.name));
    d.object = g.object;
  } else {
    // The keyword comes after the declaration's annotations.
    uint32_t from = n.begin;
    for (NodeId a : g.ast->list(n.list2)) from = std::max(from, g.ast->node(a).end);
    d.name_range = declaredNameRange(g.ast->file(), sm_.text(g.ast->file()), from, n.end, keywordOf(g.kind),
                                     g.ast->str(n.name));
  }
  g.symbol = static_cast<int>(symbols_->declare(std::move(d)));
  if (g.kind == Global::Kind::Object) {
    if (object_symbols_.size() <= static_cast<size_t>(g.object)) object_symbols_.resize(g.object + 1, -1);
    object_symbols_[g.object] = g.symbol;
  }
}

void Elaborator::recordUse(const Ast& ast, NodeId id, const Global& g) {
  if (!symbols_ || g.symbol < 0) return;
  symbols_->reference(trailingIdentifier(ast, id), static_cast<uint32_t>(g.symbol));
}

// A component used as a block kind: `replica east { ... }`.
void Elaborator::recordComponentUse(const Ast& ast, NodeId block, const Global& component) {
  if (!symbols_ || component.symbol < 0) return;
  const Node& n = ast.node(block);
  uint32_t from = n.begin;
  for (NodeId a : ast.list(n.list2)) from = std::max(from, ast.node(a).end);
  SourceRange kind = wordRange(ast.file(), sm_.text(ast.file()), from, n.end, ast.str(n.name));
  if (kind.file.valid()) symbols_->reference(kind, static_cast<uint32_t>(component.symbol));
}

void Elaborator::recordAttributeUse(const Ast& ast, NodeId member, uint32_t object, std::string_view attribute) {
  if (!symbols_ || object >= object_symbols_.size() || object_symbols_[object] < 0) return;
  symbols_->reference(trailingIdentifier(ast, member), static_cast<uint32_t>(object_symbols_[object]),
                      std::string(attribute));
}

void Elaborator::recordLetValues() {
  if (!symbols_) return;
  for (const Global& g : globals_)
    if (g.kind == Global::Kind::Let && g.symbol >= 0 && g.value >= 0)
      symbols_->declarations[static_cast<size_t>(g.symbol)].value = let_values_[static_cast<size_t>(g.value)];
}

}  // namespace migc::sema
