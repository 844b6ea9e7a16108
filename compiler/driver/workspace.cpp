#include "driver/workspace.h"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

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
        if (it->is_regular_file() && it->path().extension() == ".mig") found.push_back(it->path());
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

namespace {

std::optional<std::string> readFile(const fs::path& p, std::string& error) {
  if (p == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    return ss.str();
  }
  std::ifstream in(p, std::ios::binary);
  if (!in) {
    error = "cannot open '" + p.string() + "'";
    return std::nullopt;
  }
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) {
    error = "cannot read '" + p.string() + "'";
    return std::nullopt;
  }
  return text;
}

}  // namespace

bool loadWorkspace(const std::vector<std::string>& inputs, const LoadOptions& options,
                   Workspace& ws, std::string& error) {
  auto paths = findSources(inputs, error);
  if (!paths) return false;
  for (const fs::path& p : *paths) {
    auto text = readFile(p, error);
    if (!text) return false;
    ws.files.push_back(ws.sources.add(p == "-" ? "<stdin>" : p.string(), std::move(*text)));
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
