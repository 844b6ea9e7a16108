// Semantic tokens: what the TextMate grammar cannot know. Kinds versus
// component uses, declared names, fields, enum values versus references,
// and references told apart by what they name (a param, a let, an object).
#include "lsp/features.h"
#include "lsp/syntax_query.h"
#include "sema/symbol_index.h"

namespace migc::lsp {
namespace {

enum Type { kType, kProperty, kVariable, kParameter, kEnumMember, kFunction, kDecorator, kClass, kNamespace };
enum Modifier { kDeclaration = 1, kReadonly = 2, kDefaultLibrary = 4 };

struct Token {
  uint32_t begin, end;
  int type, modifiers;
};

class Collector {
 public:
  explicit Collector(const Query& q) : q_(q), ast_(*q.ast) {}

  void walk(NodeId parent, NodeId id, int depth) {
    const Node& n = ast_.node(id);
    switch (n.kind) {
      case NodeKind::Block: {
        SourceRange kind = kindRange(ast_, q_.text, id);
        int symbol = q_.analysis.symbols.symbolAt(q_.file, kind.begin);
        bool component = symbol >= 0 && q_.analysis.symbols.declarations[static_cast<size_t>(symbol)].kind ==
                                             sema::SymbolIndex::Kind::Component;
        add(kind.begin, kind.end, component ? kClass : kType, 0);
        if (n.a && ast_.node(n.a).kind == NodeKind::Name) add(ast_.node(n.a).begin, ast_.node(n.a).end, kVariable, kDeclaration);
        break;
      }
      case NodeKind::Attribute: case NodeKind::MapEntry:
        if (n.a && ast_.node(n.a).kind == NodeKind::Name) add(ast_.node(n.a).begin, ast_.node(n.a).end, kProperty, 0);
        break;
      case NodeKind::Annotation: add(n.begin, n.begin + 1 + static_cast<uint32_t>(ast_.str(n.name).size()), kDecorator, 0); break;
      case NodeKind::Let: case NodeKind::Param: case NodeKind::Output: case NodeKind::Component: {
        static constexpr std::string_view kKeywords[] = {"let", "param", "output", "component"};
        std::string_view keyword = kKeywords[n.kind == NodeKind::Let ? 0 : n.kind == NodeKind::Param ? 1
                                             : n.kind == NodeKind::Output ? 2 : 3];
        uint32_t from = n.begin;
        for (NodeId a : ast_.list(n.list2)) from = std::max(from, ast_.node(a).end);
        SourceRange name = sema::declaredNameRange(q_.file, q_.text, from, n.end, keyword, ast_.str(n.name));
        if (name.end - name.begin == ast_.str(n.name).size())
          add(name.begin, name.end, n.kind == NodeKind::Param ? kParameter : n.kind == NodeKind::Component ? kClass : kVariable,
              kDeclaration | (n.kind == NodeKind::Let ? kReadonly : 0));
        break;
      }
      case NodeKind::ComponentParam:
        add(n.begin, n.begin + static_cast<uint32_t>(ast_.str(n.name).size()), kParameter, kDeclaration);
        break;
      case NodeKind::Call:
        if (n.a && ast_.node(n.a).kind == NodeKind::Name) {
          add(ast_.node(n.a).begin, ast_.node(n.a).end, kFunction, kDefaultLibrary);
          callee_ = n.a;
        }
        break;
      case NodeKind::Member: member(id); break;
      case NodeKind::Name: name(parent, id); break;
      default: break;
    }
    if (depth < 256) forEachChild(ast_, id, [&](NodeId c) { walk(id, c, depth + 1); });
  }

  json encode() {
    std::sort(tokens_.begin(), tokens_.end(), [](const Token& a, const Token& b) { return a.begin < b.begin; });
    json data = json::array();
    uint32_t prev_line = 0, prev_char = 0, last_end = 0;
    for (const Token& t : tokens_) {
      if (t.begin < last_end || t.end <= t.begin) continue;  // overlapping or empty
      json start = q_.position(q_.file, t.begin), end = q_.position(q_.file, t.end);
      uint32_t line = start["line"], ch = start["character"];
      if (end["line"] != start["line"]) continue;  // tokens are single-line
      uint32_t length = end["character"].get<uint32_t>() - ch;
      data.push_back(line - prev_line);
      data.push_back(line == prev_line ? ch - prev_char : ch);
      data.push_back(length);
      data.push_back(t.type);
      data.push_back(t.modifiers);
      prev_line = line;
      prev_char = ch;
      last_end = t.end;
    }
    return {{"data", std::move(data)}};
  }

 private:
  void add(uint32_t begin, uint32_t end, int type, int modifiers) { tokens_.push_back({begin, end, type, modifiers}); }

  void member(NodeId id) {
    const Node& n = ast_.node(id);
    uint32_t len = static_cast<uint32_t>(ast_.str(n.name).size());
    if (n.end < len) return;
    const auto* r = q_.analysis.symbols.referenceAt(q_.file, n.end - len);
    if (r && r->range.begin == n.end - len) add(n.end - len, n.end, r->attribute.empty() ? kVariable : kProperty, 0);
    else add(n.end - len, n.end, kProperty, 0);
  }

  void name(NodeId parent, NodeId id) {
    const Node& n = ast_.node(id);
    if (id == callee_) return;
    const Node& p = ast_.node(parent);
    if ((p.kind == NodeKind::Block || p.kind == NodeKind::Attribute || p.kind == NodeKind::MapEntry ||
         p.kind == NodeKind::Annotation) && p.a == id)
      return;  // a label or key: handled by the parent
    if (const auto* r = q_.analysis.symbols.referenceAt(q_.file, n.begin); r && r->range.begin == n.begin) {
      const auto& d = q_.analysis.symbols.declarations[r->declaration];
      using K = sema::SymbolIndex::Kind;
      add(n.begin, n.end, d.kind == K::Param ? kParameter : d.kind == K::Component ? kClass : kVariable,
          d.kind == K::Let ? kReadonly : 0);
      return;
    }
    std::vector<NodeId> path = pathAt(ast_, n.begin);
    if (localBindingAt(ast_, q_.text, path, n.begin)) {
      add(n.begin, n.end, kParameter, 0);
      return;
    }
    // A bare word sema did not resolve to a declaration: an enum value.
    add(n.begin, n.end, kEnumMember, 0);
  }

  const Query& q_;
  const Ast& ast_;
  std::vector<Token> tokens_;
  NodeId callee_;
};

}  // namespace

json semanticTokensLegend() {
  return {{"tokenTypes", {"type", "property", "variable", "parameter", "enumMember", "function", "decorator", "class", "namespace"}},
          {"tokenModifiers", {"declaration", "readonly", "defaultLibrary"}}};
}

json semanticTokens(const Query& q) {
  if (!q.ast || !q.ast->root()) return {{"data", json::array()}};
  Collector c(q);
  c.walk(q.ast->root(), q.ast->root(), 0);
  return c.encode();
}

}  // namespace migc::lsp
