#include "driver/imports.h"

#include <fmt/format.h>

#include <functional>
#include <map>

#include "base/confine.h"

namespace migc {
namespace fs = std::filesystem;

namespace {

// The constant text of an import's path string (imports take no interpolation).
std::optional<std::string> importPath(const Ast& ast, const Node& import) {
  const Node& str = ast.node(import.a);
  if (str.kind != NodeKind::String) return std::nullopt;
  std::string text;
  for (NodeId part : ast.list(str.list)) {
    const Node& p = ast.node(part);
    if (p.kind != NodeKind::StringText) return std::nullopt;
    text += ast.str(p.name);
  }
  return text;
}

class Resolver {
 public:
  Resolver(Workspace& ws, fs::path root, fs::path stdlib, const LoadOptions& options)
      : ws_(ws), root_(canonicalRoot(root)), stdlib_(stdlib.empty() ? fs::path() : canonicalRoot(stdlib)),
        options_(options) {
    for (size_t i = 0; i < ws_.files.size(); ++i) index_[canonical(i)] = i;
  }

  void run() {
    for (size_t i = 0; i < ws_.files.size(); ++i) resolveFile(i);  // grows as files load
    reportCycles();
  }

 private:
  fs::path canonical(size_t i) const { return fs::weakly_canonical(fs::path(ws_.sources.path(ws_.files[i]))); }

  void resolveFile(size_t i) {
    // Gather first: loading a file appends to ws_.asts, which moves the ASTs.
    struct Spec {
      std::optional<std::string> path;
      SourceRange where;
      std::string alias;
    };
    std::vector<Spec> specs;
    {
      const Ast& ast = ws_.asts[i];
      if (!ast.root()) return;
      for (NodeId item : ast.list(ast.node(ast.root()).list)) {
        const Node& n = ast.node(item);
        if (n.kind != NodeKind::Import) continue;
        specs.push_back({importPath(ast, n), ast.range(n.a), n.name.valid() ? std::string(ast.str(n.name)) : ""});
      }
    }
    fs::path from_dir = canonical(i).parent_path();
    for (const Spec& spec : specs) {
      if (!spec.path) {
        ws_.diags.report(DiagKind::NotConstant, spec.where, "an import path", "interpolation");
        continue;
      }
      // Confinement (base/confine.h): symlinks followed, a regular file,
      // under the workspace root, or under the stdlib for `std/` (which no
      // `..` or absolute path after `std/` may leave).
      bool from_stdlib = spec.path->rfind("std/", 0) == 0;
      fs::path target = locate(*spec.path, from_dir);
      std::vector<fs::path> roots;
      if (from_stdlib) roots.push_back(stdlib_);
      else if (options_.allow_imports_outside) roots.push_back("/");
      else roots.push_back(root_);
      ConfinedPath c = target.empty() ? ConfinedPath{} : confinePath(target, roots, false);
      if (c.status == Confined::Missing || c.status == Confined::NotRegular) {
        ws_.diags.report(DiagKind::ImportNotFound, spec.where, *spec.path,
                         target.empty() ? "the standard library" : target.string());
        continue;
      }
      if (c.status == Confined::Outside) {
        auto d = ws_.diags.report(DiagKind::ImportOutsideRoot, spec.where, *spec.path, roots.front().string());
        if (!from_stdlib) d.help("import files inside the folder being compiled, or pass --allow-imports-outside");
        continue;
      }
      target = c.path;
      size_t to = load(target);
      if (to == SIZE_MAX) {
        ws_.diags.report(DiagKind::ImportNotFound, spec.where, *spec.path, target.string());
        continue;
      }
      ws_.imports.push_back({i, to, spec.where, spec.alias});
    }
  }

  fs::path locate(const std::string& spec, const fs::path& from_dir) const {
    fs::path p = spec.rfind("std/", 0) == 0 ? (stdlib_.empty() ? fs::path() : stdlib_ / spec.substr(4))
                                             : from_dir / spec;
    if (p.empty()) return p;
    if (p.extension() != ".mig") p += ".mig";
    return fs::weakly_canonical(p);
  }

  // A file over the size limit is refused before it is read (MIG0008 at its
  // first byte, as for the files given on the command line).
  size_t load(const fs::path& path) {
    if (auto it = index_.find(path); it != index_.end()) return it->second;
    std::error_code ec;
    fs::path shown = fs::relative(path, fs::current_path(), ec);
    FileId id;
    std::string error;
    DiagnosticSink read_diags;
    if (!addSourceFile(ec || shown.empty() ? path : shown, ws_.sources, read_diags, id, error)) return SIZE_MAX;
    bool too_large = read_diags.hasErrors();
    ws_.diags.append(std::move(read_diags));
    ParseResult parsed = parseSource(id, ws_.sources.text(id), options_);
    if (!too_large) ws_.diags.append(std::move(parsed.diags));
    ws_.files.push_back(id);
    ws_.asts.push_back(std::move(parsed.ast));
    index_[path] = ws_.files.size() - 1;
    return ws_.files.size() - 1;
  }

  // Depth-first search over import edges; a back edge closes a cycle.
  void reportCycles() {
    std::vector<int> state(ws_.files.size(), 0);  // 0 new, 1 on the stack, 2 done
    std::vector<const ImportEdge*> stack;
    std::function<void(size_t)> visit = [&](size_t f) {
      state[f] = 1;
      for (const ImportEdge& e : ws_.imports) {
        if (e.from != f) continue;
        if (state[e.to] == 1) {
          auto start = std::find_if(stack.begin(), stack.end(), [&](const ImportEdge* s) { return s->from == e.to; });
          std::string chain;
          for (auto it = start; it != stack.end(); ++it) chain += std::string(ws_.sources.path(ws_.files[(*it)->from])) + " -> ";
          chain += std::string(ws_.sources.path(ws_.files[e.from])) + " -> " + std::string(ws_.sources.path(ws_.files[e.to]));
          auto d = ws_.diags.report(DiagKind::ImportCycle, e.where, chain);
          for (auto it = start; it != stack.end(); ++it) d.note("imported here", (*it)->where);
        } else if (state[e.to] == 0) {
          stack.push_back(&e);
          visit(e.to);
          stack.pop_back();
        }
      }
      state[f] = 2;
    };
    for (size_t f = 0; f < ws_.files.size(); ++f)
      if (state[f] == 0) visit(f);
  }

  Workspace& ws_;
  fs::path root_, stdlib_;
  const LoadOptions& options_;
  std::map<fs::path, size_t> index_;
};

}  // namespace

void resolveImports(Workspace& ws, const fs::path& root, const fs::path& stdlib, const LoadOptions& options) {
  Resolver(ws, root, stdlib, options).run();
}

}  // namespace migc
