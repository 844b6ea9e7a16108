#include "lsp/analysis.h"

#include <fstream>
#include <iterator>

#include "base/parallel.h"
#include "driver/pipeline.h"

namespace migc::lsp {
namespace fs = std::filesystem;

int Analysis::fileIndex(const std::string& path) const {
  for (size_t i = 0; i < paths.size(); ++i)
    if (paths[i] == path) return static_cast<int>(i);
  return -1;
}

FileId Analysis::fileId(const std::string& path) const {
  int i = fileIndex(path);
  return i < 0 ? FileId{} : ws.files[static_cast<size_t>(i)];
}

std::string Analysis::uriOf(FileId file) const {
  for (size_t i = 0; i < ws.files.size(); ++i)
    if (ws.files[i] == file) return pathToUri(paths[i]);
  return pathToUri(fs::absolute(fs::path(ws.sources.path(file))).lexically_normal().string());
}

const Ast* Analysis::astOf(FileId file) const {
  for (size_t i = 0; i < ws.files.size(); ++i)
    if (ws.files[i] == file) return &ws.asts[i];
  return nullptr;
}

fs::path Analyzer::rootOf(const std::string& path) const {
  // A file some analysed program already includes (a module in a subfolder,
  // an imported file) belongs to the largest such program; otherwise to its
  // folder.
  fs::path best;
  for (const auto& [root, a] : analyses_)
    if (a && a->fileIndex(path) >= 0 && (best.empty() || root.string().size() < best.string().size())) best = root;
  if (!best.empty()) return best;
  return fs::absolute(fs::path(path)).lexically_normal().parent_path();
}

std::vector<const Analysis*> Analyzer::all() const {
  std::vector<const Analysis*> out;
  for (const auto& [root, a] : analyses_)
    if (a) out.push_back(a.get());
  return out;
}

const Analysis& Analyzer::analyze(const fs::path& root, const DocumentStore& docs, uint64_t generation) {
  std::unique_ptr<Analysis>& slot = analyses_[root];
  if (slot && slot->generation == generation) return *slot;
  std::unique_ptr<Analysis> previous = std::move(slot);
  // If the run throws, the previous analysis (whose ASTs may have been
  // taken) is dropped too; the next request starts from scratch.
  slot = run(root, docs, previous.get());
  slot->generation = generation;
  return *slot;
}

namespace {

std::optional<std::string> readDisk(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace

std::unique_ptr<Analysis> Analyzer::run(const fs::path& root, const DocumentStore& docs, Analysis* previous) {
  auto a = std::make_unique<Analysis>();
  a->root = root;
  if (!stdlib_tried_) {
    stdlib_tried_ = true;
    std::string ignored;  // without tables, completion offers no versions; checks report the problem
    fs::path dir = checks::findStdlib(nullptr, options_.stdlib_dir, ignored);
    if (!dir.empty()) stdlib_ = checks::loadStdlibData(dir, ignored);
  }
  a->stdlib = stdlib_ ? &*stdlib_ : nullptr;
  Workspace& ws = a->ws;
  std::string error;
  std::vector<fs::path> found;
  if (auto sources = findSources({root.string()}, error)) found = std::move(*sources);
  // An open document not yet saved to this folder is part of the program too.
  for (const auto& [uri, doc] : docs.all())
    if (!doc.path.empty() && fs::path(doc.path).parent_path() == root &&
        std::find(found.begin(), found.end(), fs::path(doc.path)) == found.end())
      found.push_back(doc.path);
  std::sort(found.begin(), found.end());

  for (const fs::path& p : found) {
    std::string path = p.lexically_normal().string();
    std::optional<std::string> text;
    if (const Document* d = docs.findByPath(path)) text = d->text;
    else text = readDisk(p);
    if (!text) continue;  // removed since it was listed
    a->paths.push_back(path);
    ws.files.push_back(ws.sources.add(path, std::move(*text)));
  }
  // Unchanged files keep their AST: same path, same text, same FileId
  // (an Ast names its file by id, and ids are given in this order).
  ws.asts.reserve(ws.files.size());
  a->parse_diags.resize(ws.files.size());
  std::vector<size_t> to_parse;
  std::vector<std::optional<Ast>> asts(ws.files.size());
  for (size_t i = 0; i < ws.files.size(); ++i) {
    if (previous && i < previous->paths.size() && i < previous->parse_diags.size() &&
        previous->paths[i] == a->paths[i] && previous->ws.files[i] == ws.files[i] &&
        previous->ws.sources.text(previous->ws.files[i]) == ws.sources.text(ws.files[i])) {
      asts[i].emplace(std::move(previous->ws.asts[i]));
      a->parse_diags[i] = previous->parse_diags[i];
    } else {
      to_parse.push_back(i);
    }
  }
  std::vector<std::optional<ParseResult>> parsed(to_parse.size());
  parallelFor(to_parse.size(), [&](size_t k) {
    size_t i = to_parse[k];
    parsed[k].emplace(parseSource(ws.files[i], ws.sources.text(ws.files[i]), options_));
  });
  for (size_t k = 0; k < to_parse.size(); ++k) {
    size_t i = to_parse[k];
    a->parse_diags[i] = std::move(parsed[k]->diags.diagnostics());
    asts[i].emplace(std::move(parsed[k]->ast));
  }
  a->reparsed = to_parse.size();
  for (size_t i = 0; i < ws.files.size(); ++i) {
    ws.asts.push_back(std::move(*asts[i]));
    for (const Diagnostic& d : a->parse_diags[i]) ws.diags.add(d);
  }
  sortDiagnostics(ws.diags.diagnostics());

  bool ok = checkLoadedWorkspace(root, options_, ws, a->error, &a->symbols);
  // Files imported from outside the folder were added by the pipeline.
  for (size_t i = a->paths.size(); i < ws.files.size(); ++i)
    a->paths.push_back(fs::absolute(fs::path(ws.sources.path(ws.files[i]))).lexically_normal().string());
  if (!ok) return a;
  a->has_program = ws.elaborated;
  if (!ws.elaborated && !ws.files.empty()) {
    // Syntax errors: sema did not run for diagnostics, but hover, go to
    // definition and completion still want names and values. Elaborate what
    // parsed into a sink nobody reads (its findings would mostly restate the
    // syntax errors).
    DiagnosticSink scratch;
    a->symbols = sema::SymbolIndex();
    ws.program = sema::elaborate(ws.sources, semaInputs(ws), scratch, {}, &a->symbols);
    a->has_program = true;
  }
  return a;
}

}  // namespace migc::lsp
