// The elaborator's internal state, shared by elaborate.cpp (declarations),
// evaluate.cpp (expressions), fields.cpp (schema checking) and builtins.cpp.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <optional>
#include <string>
#include <vector>

#include "sema/elaborate.h"
#include "sema/schema.h"

namespace migc::sema {

struct Global {
  enum class Kind { Param, Let, Output, Component, Object } kind;
  const Ast* ast = nullptr;
  NodeId node;
  int object = -1;                 // Object: index into program.objects
  std::optional<ir::Value> value;  // Let: once evaluated
  bool evaluating = false;         // Let: cycle detection
  std::string type;                // Param: declared type name
};

class Elaborator {
 public:
  Elaborator(SourceManager& sm, const std::vector<SourceFileAst>& files, DiagnosticSink& diags)
      : sm_(sm), files_(files), diags_(diags) {}
  ir::Program run();

  // ---- expressions (evaluate.cpp) ----
  // `hint` lets bare words resolve as enum values of the expected field.
  ir::Value eval(const Ast& ast, NodeId id, const TypeSpec* hint = nullptr);
  ir::Value evalString(const Ast& ast, NodeId id);
  ir::Value binary(const Ast& ast, NodeId id);         // operators.cpp
  ir::Value comprehension(const Ast& ast, NodeId id);  // operators.cpp
  // Iterates a constant list (index, element) or map (key, value); false
  // when the iterable is not a constant collection (reported).
  using LoopBody = std::function<void(const ir::Value& key, const ir::Value& item)>;
  bool iterate(const Ast& ast, NodeId iterable, const LoopBody& body);
  // A `for` statement: runs `body` once per element with the loop variables
  // bound (`for x in xs`, or `for i, x in xs` / `for k, v in map`).
  void forLoop(const Ast& ast, const Node& loop, const std::function<void()>& body);
  // An `if` statement's condition: it decides what is declared, so it must be
  // a constant; nullopt when it is not (reported).
  std::optional<bool> ifCondition(const Ast& ast, NodeId cond);
  // Describes a value's type for messages: "a duration", "a reference to a cluster".
  std::string describe(const ir::Value& v) const;
  const KindSchema* kindOf(const ir::Value& ref) const;
  std::string firstSymbolic(const ir::Value& v) const;  // name of a Param/Attr inside

  // ---- builtins (builtins.cpp) ----
  ir::Value call(const Ast& ast, NodeId id);

  // ---- fields (fields.cpp) ----
  // Checks a body against a schema; fills `out` (a Map) with values and defaults.
  void elaborateBody(const Ast& ast, NodeId body, const KindSchema& schema, ir::Object& object,
                     const std::string& prefix, ir::Value& out);
  bool checkValue(ir::Value& v, const TypeSpec& type, SourceRange where, std::string_view field);
  void reportUnknownField(const KindSchema& schema, std::string_view name, SourceRange where);
  // `region = ...` on a declaration: a constant, one of the migration's regions.
  bool checkRegion(const ir::Value& v, SourceRange where);
  // @allow(CODE..., reason = "...") on a declaration or attribute.
  void recordAnnotation(const Ast& ast, NodeId annotation, ir::Object& object);

  // A node's range, marked with the component expansion it is elaborated
  // in when it lies in the body of a component being expanded.
  SourceRange range(const Ast& ast, NodeId id) const;
  DiagnosticSink& diags() { return diags_; }
  ir::Program& program() { return program_; }

 private:
  friend class DeclarationWalker;
  void collect(const Ast& ast, NodeId item, const std::string& prefix);
  void declareGlobal(const std::string& name, Global g, SourceRange where);
  void elaborateMigration(const Ast& ast, NodeId block);
  void elaborateParam(const Ast& ast, NodeId param);
  std::string paramType(const Ast& ast, NodeId type) const;
  void elaborateObject(size_t index);
  // What CloudWatch needs for every metric-typed field, nested like the fields.
  ir::Value metricFacts(const ir::Value& fields, const KindSchema& schema);
  void expandComponent(const Ast& ast, NodeId block, const Global& component,
                       const std::string& instance);
  std::string suggestName(std::string_view name) const;
  ir::Value lookup(const Ast& ast, NodeId id, std::string_view name, const TypeSpec* hint);

  void resolveLocalPaths(const KindSchema& schema, const ir::Object& object, const ir::Value& fields,
                         ir::Value& facts);
  SourceManager& sm_;
  const std::vector<SourceFileAst>& files_;
  DiagnosticSink& diags_;
  ir::Program program_;
  std::map<std::string, Global, std::less<>> globals_;
  std::map<std::string, SourceRange, std::less<>> global_ranges_;
  std::vector<std::map<std::string, ir::Value, std::less<>>> locals_;
  // The component bodies being expanded, innermost last: nodes of `ast`
  // within [begin, end) belong to expansion `id`.
  struct ActiveExpansion {
    const Ast* ast;
    uint32_t begin, end, id;
  };
  std::vector<ActiveExpansion> expansions_;
  // Per object: where its body is, and the locals and expansions in force there.
  struct PendingObject {
    const Ast* ast;
    NodeId block;
    std::map<std::string, ir::Value, std::less<>> locals;
    std::vector<ActiveExpansion> expansions;
  };
  std::vector<PendingObject> pending_;
  int migration_blocks_ = 0;
  std::string module_prefix_;                     // "alias." while collecting an aliased file
  std::set<std::string, std::less<>> aliases_;    // module aliases, resolved in member access
  std::pair<const Ast*, NodeId> migration_{nullptr, NodeId{}};
  std::vector<std::pair<const Ast*, NodeId>> deferred_params_;

 public:
  // Lets elaborate lazily; the stack reports cycles.
  std::vector<std::string> let_stack_;
};

}  // namespace migc::sema
