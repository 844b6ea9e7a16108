#include "driver/workspace.h"

#include <algorithm>

#include "base/confine.h"
#include "base/parallel.h"
#include "driver/input_paths.h"

namespace migc {
namespace fs = std::filesystem;

std::optional<std::vector<fs::path>> findSources(const std::vector<std::string>& inputs,
                                                 std::string& error) {
  std::vector<fs::path> out;
  for (const std::string& input : inputs) {
    if (input == "-") {
      out.emplace_back("-");
      continue;
    }
    std::error_code ec;
    fs::path p(input);
    if (fs::is_directory(p, ec)) {
      std::vector<fs::path> found;
      for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        // Build output and hidden folders are never sources.
        std::string name = it->path().filename().string();
        if (it->is_directory() && (name.starts_with(".") || name == "out" || name == "node_modules")) {
          it.disable_recursion_pending();
          continue;
        }
        if (it->path().extension() != ".mig") continue;
        // A symlinked file is followed only as far as the folder given.
        ConfinedPath c = confinePath(it->path(), {p}, false);
        if (c.status == Confined::Outside) {
          error = "'" + it->path().string() + "' resolves to '" + c.path.string() + "', outside '" + input + "'";
          return std::nullopt;
        }
        if (c.status != Confined::Missing && fs::is_regular_file(c.path, ec)) found.push_back(it->path());
      }
      if (ec) {
        error = "cannot read directory '" + input + "': " + ec.message();
        return std::nullopt;
      }
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else if (fs::exists(p, ec)) {
      out.push_back(p);
    } else {
      error = "no such file or directory: '" + input + "'";
      return std::nullopt;
    }
  }
  dropRepeatedInputs(out);
  return out;
}

bool addSourceFile(const fs::path& p, SourceManager& sm, DiagnosticSink& diags, FileId& id, std::string& error) {
  std::string text;
  uintmax_t size = 0;
  ReadStatus status = readBounded(p, kMaxInputBytes, text, size);
  std::string shown = p == "-" ? "<stdin>" : p.string();
  if (status == ReadStatus::TooLarge) {
    // Refused before it is read: a located diagnostic at 1:1, not an I/O error.
    id = sm.add(shown, std::string());
    diags.report(DiagKind::FileTooLarge, SourceRange{id, 0, 0}, size, kMaxInputBytes);
    return true;
  }
  if (status != ReadStatus::Ok) {
    error = "cannot read '" + shown + "': " + describe(status, kMaxInputBytes);
    return false;
  }
  id = sm.add(shown, std::move(text));
  return true;
}

bool loadWorkspace(const std::vector<std::string>& inputs, const LoadOptions& options,
                   Workspace& ws, std::string& error) {
  auto paths = findSources(inputs, error);
  if (!paths) return false;
  for (const fs::path& p : *paths) {
    FileId id;
    if (!addSourceFile(p, ws.sources, ws.diags, id, error)) return false;
    ws.files.push_back(id);
  }
  std::vector<std::optional<ParseResult>> results(ws.files.size());
  parallelFor(
      ws.files.size(),
      [&](size_t i) { results[i].emplace(parseSource(ws.files[i], ws.sources.text(ws.files[i]), options)); },
      options.threads);
  ws.asts.reserve(ws.asts.size() + results.size());
  for (auto& r : results) {
    ws.ll_fallbacks += r->used_ll_fallback;
    ws.antlr_parses += r->used_antlr;
    ws.diags.append(std::move(r->diags));
    ws.asts.push_back(std::move(r->ast));
  }
  sortDiagnostics(ws.diags.diagnostics());
  return true;
}

void sortDiagnostics(std::vector<Diagnostic>& diags) {
  std::stable_sort(diags.begin(), diags.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.range.file.index != b.range.file.index) return a.range.file.index < b.range.file.index;
    return a.range.begin < b.range.begin;
  });
}

}  // namespace migc
