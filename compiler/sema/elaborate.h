// Semantic analysis: from the ASTs of a program's files to the checked IR.
// Resolves names, evaluates expressions (units converted, loops, ifs and
// components expanded), and checks every declaration against its kind's
// schema. Errors go to the sink; the returned program is complete enough for
// later passes to keep checking (bad values are left out, not invented).
#pragma once

#include <filesystem>
#include <vector>

#include "diag/diagnostic_sink.h"
#include "ir/program.h"
#include "sema/symbol_index.h"
#include "syntax/ast.h"

namespace migc::sema {

struct SourceFileAst {
  const Ast* ast;
  std::string_view text;
  std::string alias;  // imported `as alias`: its declarations are alias.name
};

struct ElaborateOptions {
  // The folders a function's `code` may lie in (symlinks followed; see
  // base/confine.h); empty: the folder of the file that declares it.
  std::vector<std::filesystem::path> asset_roots;
};

// `symbols`, when given, receives where each name is declared and used.
ir::Program elaborate(SourceManager& sm, const std::vector<SourceFileAst>& files,
                      DiagnosticSink& diags, const ElaborateOptions& options = {}, SymbolIndex* symbols = nullptr);

}  // namespace migc::sema
