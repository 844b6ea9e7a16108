// The analysis of one program as `migc check <folder>` sees it, except that
// open documents are read from the editor's buffers: every .mig file in the
// folder (recursively) and what they import, parsed, elaborated, checked and
// linted by the compiler's own pipeline (driver/pipeline.h). It also keeps
// sema's symbol index, which the language features read.
//
// Incremental where it is cheap: a file whose text is unchanged since the
// last analysis of the same folder keeps its AST and parse diagnostics; sema,
// checks and policy always run over the whole program, since names are
// global (about 40 ms of CPU at 10k lines, docs/performance.md).
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "checks/stdlib_data.h"
#include "driver/workspace.h"
#include "lsp/documents.h"
#include "sema/symbol_index.h"

namespace migc::lsp {

struct Analysis {
  std::filesystem::path root;  // absolute
  Workspace ws;
  sema::SymbolIndex symbols;
  // The program was elaborated (for the symbol index and values) even when
  // parsing failed; its diagnostics are then not shown, `ws.diags` has the
  // syntax errors only.
  bool has_program = false;
  std::string error;                 // an I/O or config problem the pipeline stopped on
  std::vector<std::string> paths;    // absolute path of each file in ws.files
  std::vector<std::vector<Diagnostic>> parse_diags;  // per file of the folder
  uint64_t generation = 0;           // of the document store it was computed from
  size_t reparsed = 0;               // files parsed by the last run (the rest came from the cache)
  const checks::StdlibData* stdlib = nullptr;  // the data tables (engine versions, ...), if found

  // Index into ws.files of the file at `path`, or -1.
  int fileIndex(const std::string& path) const;
  FileId fileId(const std::string& path) const;
  std::string uriOf(FileId file) const;
  std::string_view textOf(FileId file) const { return ws.sources.text(file); }
  const Ast* astOf(FileId file) const;
};

class Analyzer {
 public:
  explicit Analyzer(LoadOptions options) : options_(std::move(options)) {}

  // The folder whose program `path` belongs to: the shallowest folder
  // already analysed whose program includes the file (recursively or by
  // import), else the folder the file is in.
  std::filesystem::path rootOf(const std::string& path) const;

  // The analysis of the program in `root`, recomputed if the documents
  // changed since (`generation` counts changes).
  const Analysis& analyze(const std::filesystem::path& root, const DocumentStore& docs, uint64_t generation);
  // Every analysis computed so far (workspace symbols search them).
  std::vector<const Analysis*> all() const;

 private:
  std::unique_ptr<Analysis> run(const std::filesystem::path& root, const DocumentStore& docs,
                                Analysis* previous);
  LoadOptions options_;
  std::optional<checks::StdlibData> stdlib_;  // loaded once, on first use
  bool stdlib_tried_ = false;
  std::map<std::filesystem::path, std::unique_ptr<Analysis>> analyses_;
};

}  // namespace migc::lsp
