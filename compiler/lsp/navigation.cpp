// Go to definition, find references, highlights and rename. Top-level names
// come from sema's symbol index; loop variables and component parameters
// from the AST (syntax_query.h); an import's path leads to the file.
#include "lsp/features.h"
#include "lsp/syntax_query.h"

namespace migc::lsp {
namespace {

using sema::SymbolIndex;

// What the cursor is on, for navigation.
struct Symbol {
  int declaration = -1;               // a top-level name (index into the symbol index)
  std::optional<LocalBinding> local;  // a local name
  SourceRange at;                     // the identifier under the cursor
};

Symbol symbolAt(const Query& q) {
  Symbol s;
  const SymbolIndex& index = q.analysis.symbols;
  if (const SymbolIndex::Reference* r = index.referenceAt(q.file, q.offset)) {
    s.declaration = static_cast<int>(r->declaration);
    s.at = r->range;
    return s;
  }
  if (const SymbolIndex::Declaration* d = index.declarationNamedAt(q.file, q.offset)) {
    s.declaration = static_cast<int>(d - index.declarations.data());
    s.at = d->name_range;
    return s;
  }
  if (q.ast) {
    std::vector<NodeId> path = pathAt(*q.ast, q.offset);
    if (auto b = localBindingAt(*q.ast, q.text, path, q.offset)) {
      const Node& leaf = q.ast->node(path.back());
      s.at = leaf.kind == NodeKind::Name && leaf.begin <= q.offset && q.offset <= leaf.end ? q.ast->range(path.back())
                                                                                         : b->name_range;
      s.local = std::move(b);
    }
  }
  return s;
}

// Every range naming the symbol: its declaration first, then its uses.
std::vector<SourceRange> occurrences(const Query& q, const Symbol& s, bool include_declaration) {
  std::vector<SourceRange> out;
  if (s.declaration >= 0) {
    const SymbolIndex& index = q.analysis.symbols;
    if (include_declaration) out.push_back(index.declarations[static_cast<size_t>(s.declaration)].name_range);
    for (const SymbolIndex::Reference* r : index.referencesTo(static_cast<uint32_t>(s.declaration)))
      out.push_back(r->range);
  } else if (s.local) {
    if (include_declaration) out.push_back(s.local->name_range);
    for (const SourceRange& r : localUses(*q.ast, q.text, *s.local)) out.push_back(r);
  }
  return out;
}

// The import whose path string holds the cursor: the file it names.
std::optional<FileId> importTargetAt(const Query& q) {
  const Workspace& ws = q.analysis.ws;
  for (const ImportEdge& e : ws.imports)
    if (e.where.file == q.file && e.where.begin <= q.offset && q.offset <= e.where.end) return ws.files[e.to];
  return std::nullopt;
}

bool isIdentifier(std::string_view s) {
  if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_')) return false;
  for (char c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
  static const char* kKeywords[] = {"import", "as", "param", "let", "output", "component", "if", "else",
                                    "for", "in", "when", "true", "false", "null"};
  for (const char* k : kKeywords)
    if (s == k) return false;
  return true;
}

// The symbol under the cursor if it can be renamed: every occurrence is the
// identifier itself (not a component instance's prefixed name).
Symbol renamable(const Query& q) {
  Symbol s = symbolAt(q);
  if (s.declaration < 0 && !s.local) throw RequestError{errors::kRequestFailed, "nothing to rename here"};
  for (const SourceRange& r : occurrences(q, s, true)) {
    std::string_view text = q.textOf(r.file).substr(r.begin, r.end - r.begin);
    std::string_view name = s.local ? std::string_view(s.local->name)
                                    : std::string_view(q.analysis.symbols.declarations[static_cast<size_t>(s.declaration)].name);
    if (name.ends_with(text) && name.size() > text.size() && name[name.size() - text.size() - 1] == '.') continue;  // alias.name
    if (text != name || !isIdentifier(text))
      throw RequestError{errors::kRequestFailed, "'" + std::string(name) + "' cannot be renamed here (it is declared "
                                                 "inside a component or by a string label)"};
  }
  return s;
}

}  // namespace

json definition(const Query& q) {
  if (auto file = importTargetAt(q)) return json{{"uri", q.uriOf(*file)}, {"range", q.range({*file, 0, 0})}};
  Symbol s = symbolAt(q);
  if (s.declaration >= 0) return q.location(q.analysis.symbols.declarations[static_cast<size_t>(s.declaration)].name_range);
  if (s.local) return q.location(s.local->name_range);
  return nullptr;
}

json references(const Query& q, bool include_declaration) {
  json out = json::array();
  for (const SourceRange& r : occurrences(q, symbolAt(q), include_declaration)) out.push_back(q.location(r));
  return out;
}

json documentHighlight(const Query& q) {
  json out = json::array();
  Symbol s = symbolAt(q);
  std::vector<SourceRange> all = occurrences(q, s, true);
  for (size_t i = 0; i < all.size(); ++i)
    if (all[i].file == q.file) out.push_back({{"range", q.range(all[i])}, {"kind", i == 0 ? 3 : 2}});
  return out;
}

json prepareRename(const Query& q) {
  Symbol s = renamable(q);
  std::string_view text = q.text.substr(s.at.begin, s.at.end - s.at.begin);
  return {{"range", q.range(s.at)}, {"placeholder", std::string(text)}};
}

json rename(const Query& q, const std::string& new_name) {
  if (!isIdentifier(new_name))
    throw RequestError{errors::kInvalidParams, "'" + new_name + "' is not an identifier (or is a keyword)"};
  Symbol s = renamable(q);
  json changes = json::object();
  for (const SourceRange& r : occurrences(q, s, true)) {
    std::string uri = q.uriOf(r.file);
    if (!changes.contains(uri)) changes[uri] = json::array();
    changes[uri].push_back({{"range", q.range(r)}, {"newText", new_name}});
  }
  return {{"changes", changes}};
}

}  // namespace migc::lsp
