// Document symbols (the outline), workspace symbols and folding ranges.
#include <fmt/format.h>

#include "lsp/features.h"
#include "lsp/syntax_query.h"
#include "sema/symbol_index.h"

namespace migc::lsp {
namespace {

// LSP SymbolKind.
enum SymbolKind { kModule = 2, kNamespace = 3, kClass = 5, kField = 8, kVariable = 13, kConstant = 14,
                  kObject = 19, kProperty = 7, kStruct = 23 };

std::string slice(std::string_view text, const Node& n) { return std::string(text.substr(n.begin, n.end - n.begin)); }

json symbol(const Query& q, std::string name, std::string detail, int kind, SourceRange range, SourceRange selection,
            json children) {
  if (selection.begin < range.begin || selection.end > range.end) selection = {range.file, range.begin, range.begin};
  if (name.empty()) name = "?";
  json s{{"name", name}, {"detail", detail}, {"kind", kind}, {"range", q.range(range)},
         {"selectionRange", q.range(selection)}};
  if (!children.empty()) s["children"] = std::move(children);
  return s;
}

json outline(const Query& q, const Ast& ast, NodeId body, int depth);

json item(const Query& q, const Ast& ast, NodeId id, int depth) {
  const Node& n = ast.node(id);
  SourceRange r = ast.range(id);
  auto named = [&](const char* keyword) {
    return sema::declaredNameRange(ast.file(), q.text, n.begin, n.end, keyword, ast.str(n.name));
  };
  switch (n.kind) {
    case NodeKind::Block: {
      SourceRange label = n.a ? ast.range(n.a) : kindRange(ast, q.text, id);
      std::string name = n.a ? slice(q.text, ast.node(n.a)) : std::string(ast.str(n.name));
      return symbol(q, name, std::string(ast.str(n.name)), depth == 0 ? kObject : kStruct, r, label,
                    outline(q, ast, n.c, depth + 1));
    }
    case NodeKind::Attribute:
      if (!n.a) return nullptr;
      return symbol(q, slice(q.text, ast.node(n.a)), "", kField, r, ast.range(n.a), json::array());
    case NodeKind::Param: return symbol(q, std::string(ast.str(n.name)), "param", kVariable, r, named("param"), json::array());
    case NodeKind::Let: return symbol(q, std::string(ast.str(n.name)), "let", kConstant, r, named("let"), json::array());
    case NodeKind::Output: return symbol(q, std::string(ast.str(n.name)), "output", kProperty, r, named("output"), json::array());
    case NodeKind::Component:
      return symbol(q, std::string(ast.str(n.name)), "component", kClass, r, named("component"), outline(q, ast, n.c, 0));
    case NodeKind::Import:
      return symbol(q, n.a ? slice(q.text, ast.node(n.a)) : "import", n.name.valid() ? "as " + std::string(ast.str(n.name)) : "",
                    kModule, r, n.a ? ast.range(n.a) : r, json::array());
    case NodeKind::If: {
      json children = outline(q, ast, n.b, depth);
      if (n.c) {
        json more = ast.node(n.c).kind == NodeKind::If ? json::array({item(q, ast, n.c, depth)}) : outline(q, ast, n.c, depth);
        for (json& c : more) if (!c.is_null()) children.push_back(std::move(c));
      }
      return symbol(q, "if " + (n.a ? slice(q.text, ast.node(n.a)) : std::string()), "", kNamespace, r, r, std::move(children));
    }
    case NodeKind::For:
      return symbol(q, "for " + std::string(ast.str(n.name)) + " in " + (n.a ? slice(q.text, ast.node(n.a)) : std::string()),
                    "", kNamespace, r, r, outline(q, ast, n.c, depth));
    default: return nullptr;
  }
}

json outline(const Query& q, const Ast& ast, NodeId body, int depth) {
  json out = json::array();
  if (!body || depth > 64) return out;
  for (NodeId id : ast.list(ast.node(body).list))
    if (json s = item(q, ast, id, depth); !s.is_null()) out.push_back(std::move(s));
  return out;
}

}  // namespace

json documentSymbols(const Query& q) {
  if (!q.ast || !q.ast->root()) return json::array();
  return outline(q, *q.ast, q.ast->root(), 0);
}

json workspaceSymbols(const std::vector<const Analysis*>& analyses, const std::string& filter, Encoding enc) {
  auto lower = [](std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  std::string want = lower(filter);
  json out = json::array();
  for (const Analysis* a : analyses) {
    Query q{*a, FileId{}, nullptr, {}, {}, 0, enc};
    for (const sema::SymbolIndex::Declaration& d : a->symbols.declarations) {
      if (!want.empty() && lower(d.name).find(want) == std::string::npos) continue;
      int kind = d.kind == sema::SymbolIndex::Kind::Object      ? kObject
                 : d.kind == sema::SymbolIndex::Kind::Component ? kClass
                 : d.kind == sema::SymbolIndex::Kind::Let       ? kConstant
                 : d.kind == sema::SymbolIndex::Kind::Output    ? kProperty
                                                                : kVariable;
      out.push_back({{"name", d.name}, {"kind", kind}, {"location", q.location(d.name_range)},
                     {"containerName", d.object_kind}});
      if (out.size() >= 1000) return out;
    }
  }
  return out;
}

json foldingRanges(const Query& q) {
  json out = json::array();
  if (!q.ast || !q.ast->root()) return out;
  const Ast& ast = *q.ast;
  const SourceManager& sm = q.analysis.ws.sources;
  auto line = [&](uint32_t offset) { return sm.lineCol(q.file, offset).line - 1; };
  std::function<void(NodeId, int)> walk = [&](NodeId id, int depth) {
    const Node& n = ast.node(id);
    bool foldable = n.kind == NodeKind::Body || n.kind == NodeKind::Map || n.kind == NodeKind::List;
    if (foldable && line(n.begin) < line(n.end)) out.push_back({{"startLine", line(n.begin)}, {"endLine", line(n.end) - 1}});
    if (depth < 256) forEachChild(ast, id, [&](NodeId c) { walk(c, depth + 1); });
  };
  walk(ast.root(), 0);
  // Comments: a block comment, or a run of line comments.
  const auto& comments = ast.comments();
  for (size_t i = 0; i < comments.size();) {
    size_t j = i;
    while (j + 1 < comments.size() && line(comments[j + 1].first) == line(comments[j].first) + 1 &&
           q.text.substr(comments[j + 1].first, 2) != "/*")
      ++j;
    uint32_t first = line(comments[i].first), last = line(comments[j].second > 0 ? comments[j].second - 1 : 0);
    if (first < last) out.push_back({{"startLine", first}, {"endLine", last}, {"kind", "comment"}});
    i = j + 1;
  }
  return out;
}

}  // namespace migc::lsp
