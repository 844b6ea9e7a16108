// Where each top-level name of a program is declared and where it is used,
// as semantic analysis resolved it. Recorded only when a caller asks for it
// (the language server); `migc check` and `migc build` pay nothing.
//
// Only what sema resolves is here: declarations of params, lets, outputs,
// components and objects, and every use sema evaluated (a name, a module
// member `alias.name`, a component used as a block kind, an attribute
// `aurora.endpoint`). Loop variables and component parameters are local to
// their syntax and are found from the AST (lsp/local_scopes.h); code sema
// does not evaluate (the untaken branch of an `if`, a component nobody uses)
// has no references here.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

#include "diag/source_manager.h"
#include "ir/value.h"

namespace migc::sema {

struct SymbolIndex {
  enum class Kind : uint8_t { Param, Let, Output, Component, Object };

  struct Declaration {
    Kind kind = Kind::Let;
    std::string name;         // as the program knows it: module and component prefixes included
    std::string object_kind;  // Object: its kind (cluster, ...)
    SourceRange name_range;   // the identifier or label that declares it
    SourceRange range;        // the whole declaration
    int object = -1;          // Object: index into ir::Program::objects
    ir::Value value;          // Let: its value once evaluated (Null when it failed)
  };

  struct Reference {
    SourceRange range;         // the identifier written (for `alias.name`, only `name`)
    uint32_t declaration = 0;  // index into declarations
    std::string attribute;     // `aurora.endpoint`: "endpoint", range covers it; else empty
  };

  std::vector<Declaration> declarations;
  std::vector<Reference> references;

  // Recording (by the elaborator). A component body is evaluated once per
  // use and a loop body once per element, so the same use is seen several
  // times; it is kept once. Ranges lose their expansion mark: the index is
  // about where text is written.
  uint32_t declare(Declaration d);
  void reference(SourceRange range, uint32_t declaration, std::string attribute = {});

  // Queries. Offsets are bytes in `file`.
  const Declaration* declarationNamedAt(FileId file, uint32_t offset) const;  // on a declaring name
  const Reference* referenceAt(FileId file, uint32_t offset) const;
  // Index of the declaration at `offset`, whether the offset is on its
  // declaring name or on a use of it; -1 when neither.
  int symbolAt(FileId file, uint32_t offset) const;
  std::vector<const Reference*> referencesTo(uint32_t declaration) const;

 private:
  struct SeenKey {
    uint32_t file, begin, end, declaration;
    std::string attribute;
    bool operator==(const SeenKey&) const = default;
  };
  struct SeenHash {
    size_t operator()(const SeenKey& k) const;
  };
  std::unordered_set<SeenKey, SeenHash> seen_;
};

// The first whole-word occurrence of `word` in [from, to) of `text`, or an
// invalid range (no file) when there is none.
SourceRange wordRange(FileId file, std::string_view text, uint32_t from, uint32_t to, std::string_view word);

// The range of the identifier `name` that a `let`, `param`, `output` or
// `component` declaration in [begin, end) of `text` declares: the first
// whole-word occurrence after the keyword. Falls back to [begin, end).
SourceRange declaredNameRange(FileId file, std::string_view text, uint32_t begin, uint32_t end,
                              std::string_view keyword, std::string_view name);

}  // namespace migc::sema
