#include "lsp/syntax_query.h"

#include "sema/symbol_index.h"

namespace migc::lsp {
namespace {

bool holds(const Node& n, uint32_t offset) { return n.begin <= offset && offset <= n.end; }

// Names in these child slots are keys or labels, not uses of a name.
bool isNameSlot(const Ast& ast, NodeId parent, NodeId child) {
  const Node& p = ast.node(parent);
  switch (p.kind) {
    case NodeKind::Block: case NodeKind::Attribute: case NodeKind::MapEntry: case NodeKind::Annotation:
      return p.a == child;
    case NodeKind::For: return p.b == child;
    case NodeKind::Comprehension:
      for (NodeId v : ast.list(p.list)) if (v == child) return true;
      return false;
    default: return false;
  }
}

// The names a node binds for its scope, with where each is written.
std::vector<LocalBinding> bindingsOf(const Ast& ast, std::string_view text, NodeId id) {
  const Node& n = ast.node(id);
  std::vector<LocalBinding> out;
  auto var1 = [&] {
    std::string name(ast.str(n.name));
    uint32_t to = n.a ? ast.node(n.a).begin : n.end;
    out.push_back({name, sema::declaredNameRange(ast.file(), text, n.begin, to, "for", name), id, id});
  };
  switch (n.kind) {
    case NodeKind::For:
      if (!n.name.valid()) break;
      var1();
      if (n.b) out.push_back({std::string(ast.str(ast.node(n.b).name)), ast.range(n.b), n.b, id});
      break;
    case NodeKind::Comprehension:
      if (!n.name.valid()) break;
      var1();
      for (NodeId v : ast.list(n.list)) out.push_back({std::string(ast.str(ast.node(v).name)), ast.range(v), v, id});
      break;
    case NodeKind::Component:
      for (NodeId p : ast.list(n.list)) {
        const Node& param = ast.node(p);
        if (param.kind != NodeKind::ComponentParam || !param.name.valid()) continue;
        std::string name(ast.str(param.name));
        out.push_back({name, SourceRange{ast.file(), param.begin, param.begin + static_cast<uint32_t>(name.size())}, p, id});
      }
      break;
    default: break;
  }
  return out;
}

// Whether `child` of a binder lies where its bindings are visible.
bool inScope(const Ast& ast, NodeId owner, NodeId child) {
  const Node& n = ast.node(owner);
  switch (n.kind) {
    case NodeKind::For: return child == n.c;
    case NodeKind::Comprehension: return child == n.b || child == n.c;
    case NodeKind::Component: return child == n.c;
    default: return false;
  }
}

}  // namespace

void forEachChild(const Ast& ast, NodeId id, const std::function<void(NodeId)>& fn) {
  const Node& n = ast.node(id);
  if (n.kind == NodeKind::Number || n.kind == NodeKind::UnitNumber) return;  // `value` is not a node
  for (NodeId c : {n.a, n.b, n.c})
    if (c.valid() && c.index < ast.nodeCount()) fn(c);
  for (NodeId c : ast.list(n.list))
    if (c.valid() && c.index < ast.nodeCount()) fn(c);
  for (NodeId c : ast.list(n.list2))
    if (c.valid() && c.index < ast.nodeCount()) fn(c);
}

std::vector<NodeId> pathAt(const Ast& ast, uint32_t offset) {
  std::vector<NodeId> path;
  if (!ast.root()) return path;
  path.push_back(ast.root());
  for (;;) {
    NodeId next;
    forEachChild(ast, path.back(), [&](NodeId c) {
      // The first child holding the offset; a later child starting exactly
      // there (`a.b|` vs. what follows) is preferred when the first ends there.
      const Node& cn = ast.node(c);
      if (!holds(cn, offset)) return;
      if (!next.valid() || (ast.node(next).end == offset && cn.begin <= offset && cn.end > offset)) next = c;
    });
    if (!next.valid() || path.size() > 4096) break;
    path.push_back(next);
  }
  return path;
}

const sema::KindSchema* schemaOfBlock(const Ast& ast, const std::vector<NodeId>& path) {
  if (path.empty() || ast.node(path.back()).kind != NodeKind::Block) return nullptr;
  std::string_view kind = ast.str(ast.node(path.back()).name);
  // The nearest enclosing Block or Component decides what this one is.
  for (size_t i = path.size() - 1; i-- > 0;) {
    NodeKind k = ast.node(path[i]).kind;
    if (k == NodeKind::Component) break;
    if (k != NodeKind::Block) continue;
    const sema::KindSchema* outer = schemaOfBlock(ast, std::vector<NodeId>(path.begin(), path.begin() + i + 1));
    const sema::FieldSchema* f = outer ? outer->findField(kind) : nullptr;
    return f && f->type.tag == sema::TypeSpec::Tag::Block ? f->type.block : nullptr;
  }
  if (kind == "migration") return &sema::migrationSchema();
  return sema::findKind(kind);
}

const sema::KindSchema* enclosingSchema(const Ast& ast, const std::vector<NodeId>& path, size_t* block_at) {
  for (size_t i = path.size(); i-- > 0;) {
    NodeKind k = ast.node(path[i]).kind;
    if (k == NodeKind::Component) return nullptr;
    if (k == NodeKind::Map) return nullptr;  // `tags = { ... }`: free keys
    if (k != NodeKind::Block) continue;
    if (block_at) *block_at = i;
    return schemaOfBlock(ast, std::vector<NodeId>(path.begin(), path.begin() + i + 1));
  }
  return nullptr;
}

std::optional<LocalBinding> localBindingAt(const Ast& ast, std::string_view text, const std::vector<NodeId>& path,
                                           uint32_t offset) {
  if (path.empty()) return std::nullopt;
  // On a binding itself.
  for (NodeId id : path)
    for (const LocalBinding& b : bindingsOf(ast, text, id))
      if (b.name_range.begin <= offset && offset <= b.name_range.end) return b;
  const Node& leaf = ast.node(path.back());
  if (leaf.kind != NodeKind::Name || path.size() < 2 || isNameSlot(ast, path[path.size() - 2], path.back()))
    return std::nullopt;
  std::string_view name = ast.str(leaf.name);
  for (size_t i = path.size() - 1; i-- > 0;) {
    if (!inScope(ast, path[i], path[i + 1])) continue;
    for (const LocalBinding& b : bindingsOf(ast, text, path[i]))
      if (b.name == name) return b;
  }
  return std::nullopt;
}

std::vector<SourceRange> localUses(const Ast& ast, std::string_view text, const LocalBinding& binding) {
  std::vector<SourceRange> out;
  std::function<void(NodeId, NodeId)> walk = [&](NodeId parent, NodeId id) {
    const Node& n = ast.node(id);
    if (n.kind == NodeKind::Name && ast.str(n.name) == binding.name && !isNameSlot(ast, parent, id)) {
      out.push_back(ast.range(id));
      return;
    }
    forEachChild(ast, id, [&](NodeId c) {
      // An inner binder of the same name hides ours in its scope.
      if (inScope(ast, id, c))
        for (const LocalBinding& b : bindingsOf(ast, text, id))
          if (b.name == binding.name && id != binding.scope_owner) return;
      walk(id, c);
    });
  };
  forEachChild(ast, binding.scope_owner, [&](NodeId c) {
    if (inScope(ast, binding.scope_owner, c)) walk(binding.scope_owner, c);
  });
  std::sort(out.begin(), out.end(), [](const SourceRange& a, const SourceRange& b) { return a.begin < b.begin; });
  return out;
}

SourceRange kindRange(const Ast& ast, std::string_view text, NodeId block) {
  const Node& n = ast.node(block);
  uint32_t from = n.begin;
  for (NodeId a : ast.list(n.list2)) from = std::max(from, ast.node(a).end);
  SourceRange r = sema::wordRange(ast.file(), text, from, n.end, ast.str(n.name));
  return r.file.valid() ? r : SourceRange{ast.file(), n.begin, n.begin};
}

}  // namespace migc::lsp
