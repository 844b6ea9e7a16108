// Questions about one file's AST that the language features ask: which
// nodes enclose an offset, which kind schema governs a body, and where the
// local names (loop variables, component parameters) are bound and used.
// Purely syntactic: they work on a file sema never saw or could not check.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "sema/schema.h"
#include "syntax/ast.h"

namespace migc::lsp {

// Calls fn for each child of `id` (a, b, c, then list, then annotations).
void forEachChild(const Ast& ast, NodeId id, const std::function<void(NodeId)>& fn);

// The nodes from the file's root down to the innermost node whose range
// holds `offset` (an offset at a node's end counts as inside it, so a
// cursor just after a name finds the name). Empty for an empty file.
std::vector<NodeId> pathAt(const Ast& ast, uint32_t offset);

// The schema that checks the body of the Block `path.back()`: a top-level
// kind, the migration, or a nested block of the enclosing schema. Null for
// a component use, an unknown kind or a block in a component body whose
// kind is unknown.
const sema::KindSchema* schemaOfBlock(const Ast& ast, const std::vector<NodeId>& path);
// The schema governing the innermost Block on `path` (see above), or null.
const sema::KindSchema* enclosingSchema(const Ast& ast, const std::vector<NodeId>& path, size_t* block_at = nullptr);

// A name bound by syntax: `for x, y in ...`, `[for x in ... : ...]` or a
// component's parameter.
struct LocalBinding {
  std::string name;
  SourceRange name_range;  // where it is bound
  NodeId binder;           // the For, Comprehension or ComponentParam node
  NodeId scope_owner;      // the node whose scope it is (For, Comprehension or Component)
};

// The local binding the Name at the end of `path` refers to, or nullopt
// when the name is not local there. Also answers for the binding name itself.
std::optional<LocalBinding> localBindingAt(const Ast& ast, std::string_view text, const std::vector<NodeId>& path,
                                           uint32_t offset);
// Every use of a binding (Name nodes in its scope not shadowed by an inner
// binding of the same name), in source order.
std::vector<SourceRange> localUses(const Ast& ast, std::string_view text, const LocalBinding& binding);

// The identifier range of a node's own name where the AST keeps no node for
// it: a let/param/output/component name, an attribute key, a block kind.
SourceRange kindRange(const Ast& ast, std::string_view text, NodeId block);

}  // namespace migc::lsp
