// The set of .mig files one invocation works on: found, read, and parsed in
// parallel. I/O problems are not diagnostics (they have no source location);
// they come back as an error string and the command exits 2.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "checks/checks.h"
#include "diag/diagnostic_sink.h"
#include "ir/program.h"
#include "syntax/parse.h"

namespace migc {

// An `import` resolved by the driver.
struct ImportEdge {
  size_t from;          // index into Workspace::files
  size_t to;
  SourceRange where;    // the import's path string
  std::string alias;    // `as alias`, or empty
};

struct Workspace {
  SourceManager sources;
  std::vector<FileId> files;  // in path order
  std::vector<Ast> asts;      // asts[i] belongs to files[i]
  DiagnosticSink diags;       // every file's diagnostics, merged in file order
  size_t ll_fallbacks = 0;    // files whose SLL parse failed
  size_t antlr_parses = 0;    // files the fast parser left to the ANTLR path
  std::vector<ImportEdge> imports;
  bool elaborated = false;    // sema ran (it does not when parsing failed)
  ir::Program program;        // the checked program, when elaborated
};

struct LoadOptions {
  unsigned threads = 0;     // 0: one per core
  std::string stdlib_dir;   // --stdlib; empty: searched for (checks/stdlib_data.h)
  bool allow_imports_outside = false;  // imports may leave the workspace root
  std::string config_path;  // --config; empty: migc.json at the workspace root or above
  bool reference_parser = false;  // parse with the ANTLR path only (`check --reference-parser`)
  checks::CheckScope scope;       // the targets and --set params the domain checks judge for
};

// parseFile, or the ANTLR path alone when the options ask for it.
inline ParseResult parseSource(FileId file, std::string_view text, const LoadOptions& options) {
  return options.reference_parser ? parseFileWithAntlr(file, text) : parseFile(file, text);
}

// Each input is a .mig file, a directory (searched recursively for *.mig),
// or "-" for standard input. Returns nullopt and sets `error` on I/O failure.
std::optional<std::vector<std::filesystem::path>> findSources(
    const std::vector<std::string>& inputs, std::string& error);

// Reads one source ("-": standard input) within the size limit and adds it
// to `sm`. A file over the limit is refused before it is read: it is added
// empty with MIG0008 at 1:1. False, with `error` set, on an I/O failure (a
// missing file, a device, a FIFO).
bool addSourceFile(const std::filesystem::path& p, SourceManager& sm, DiagnosticSink& diags, FileId& id,
                   std::string& error);

bool loadWorkspace(const std::vector<std::string>& inputs, const LoadOptions& options,
                   Workspace& ws, std::string& error);

// Orders diagnostics by file and position, keeping report order for ties.
void sortDiagnostics(std::vector<Diagnostic>& diags);

}  // namespace migc
