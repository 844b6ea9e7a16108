// The elaborator's internal state, shared by elaborate.cpp (declarations),
// evaluate.cpp (expressions), fields.cpp (schema checking) and builtins.cpp.
#pragma once

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sema/elaborate.h"
#include "sema/schema.h"

namespace migc::sema {

// A top-level name: found through Elaborator::findGlobal(). The name is
// stored once, here; the index keys are views of it.
struct Global {
  enum class Kind : uint8_t { Param, Let, Output, Component, Object } kind = Kind::Let;
  bool evaluating = false;         // Let: cycle detection
  const Ast* ast = nullptr;
  NodeId node;
  int object = -1;                 // Object: index into program.objects
  int value = -1;                  // Let: index into let_values_ once evaluated
  std::string_view type;           // Param: declared type name (string, int, ...; a literal)
  std::string name;
  SourceRange range;               // where it is declared
  int symbol = -1;                 // index into the SymbolIndex, when one is recorded
  int scope = -1;                  // Let, Output in a component body or loop: index into Elaborator::scopes_
};

// A component use: the names its body declares, by their short names, so
// that the body's declarations and outputs find one another and the
// instance's outputs are its members (`acme.endpoint`).
struct Instance {
  std::string name;                // the program's name of the instance ("acme", "acme_replica")
  const Global* component = nullptr;
  int parent = -1;                 // the instance whose body uses this one
  SourceRange use;                 // the use's label
  // short name -> the program's name (objects, lets, outputs, nested instances)
  std::map<std::string, std::string, std::less<>> members;
};

class Elaborator {
 public:
  Elaborator(SourceManager& sm, const std::vector<SourceFileAst>& files, DiagnosticSink& diags,
             const ElaborateOptions& options, SymbolIndex* symbols = nullptr)
      : sm_(sm), files_(files), diags_(diags), options_(options), symbols_(symbols) {}
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
  // Checks a body against a schema; fills `out` (a Map) with values and
  // defaults. With `withheld`, defaults are left out of `out` (the object
  // reads them from defaultsFor(schema)), and `withheld` receives the fields
  // that have a default but were written with a rejected value.
  void elaborateBody(const Ast& ast, NodeId body, const KindSchema& schema, ir::Object& object,
                     const std::string& prefix, ir::Value& out, std::vector<std::string>* withheld = nullptr);
  // The defaults of a schema's fields as a Map in schema order, built once per kind.
  std::shared_ptr<const ir::Value> defaultsFor(const KindSchema& schema);
  bool checkValue(ir::Value& v, const TypeSpec& type, SourceRange where, std::string_view field);
  void reportUnknownField(const KindSchema& schema, std::string_view name, SourceRange where);
  // `region = ...` on a declaration: a constant, one of the migration's regions.
  bool checkRegion(const ir::Value& v, SourceRange where);
  // @allow(CODE..., reason = "...") on a declaration or attribute.
  void recordAnnotation(const Ast& ast, NodeId annotation, ir::Object& object);

  // ---- limits (limits.cpp) ----
  // What one program may make sema do. Past a limit sema reports MIG1028 or
  // MIG1029 once, at the expression that crossed it, and stops expanding
  // (exhausted()): a small file cannot exhaust memory, time or the stack.
  static constexpr size_t kMaxValueNodes = 1'000'000;    // values in one list/map value
  static constexpr size_t kMaxStringBytes = 1u << 20;    // one string
  static constexpr size_t kMaxWork = 10'000'000;         // loop iterations and let values copied, in all
  static constexpr size_t kMaxDeclarations = 100'000;    // objects in the program
  static constexpr unsigned kMaxExpansionDepth = 64;     // nested for, comprehensions and component uses
  static constexpr unsigned kMaxLetDepth = 1'000;        // lets evaluated through other lets
  static constexpr unsigned kMaxValueDepth = 256;        // lists and maps nested in one value
  bool exhausted() const { return exhausted_; }
  int keepLetValue(ir::Value v);  // stores a let's value (and its size); its index
  // Reports `what` past `limit` (MIG1028, or MIG1029 with `depth`) once; returns false.
  bool overLimit(std::string_view what, size_t limit, SourceRange where, bool depth = false);
  // Adds the values in `item` to `total` and the item's nesting to `depth`
  // (the depth of the list or map holding it); false (reported) past
  // kMaxValueNodes or kMaxValueDepth.
  bool addValues(size_t& total, unsigned& depth, const ir::Value& item, SourceRange where);
  bool stringFits(size_t bytes, SourceRange where);
  // Counts `units` of work (a loop iteration: 1); false (reported) past kMaxWork.
  bool work(size_t units, SourceRange where);
  // Enters one level of expansion (for, comprehension, component use);
  // false (reported) when that is deeper than kMaxExpansionDepth.
  struct ExpansionLevel {
    ExpansionLevel(Elaborator& e, SourceRange where);
    ~ExpansionLevel() { --e_.expansion_depth_; }
    explicit operator bool() const { return ok_; }
    Elaborator& e_;
    bool ok_;
  };
  // Values in `v`, counted up to `cap`, and how deeply they nest.
  static size_t valueCount(const ir::Value& v, size_t cap, unsigned& depth);

  // A node's range, marked with the component expansion it is elaborated
  // in when it lies in the body of a component being expanded.
  SourceRange range(const Ast& ast, NodeId id) const;
  DiagnosticSink& diags() { return diags_; }
  ir::Program& program() { return program_; }

 private:
  friend class DeclarationWalker;
  void collect(const Ast& ast, NodeId item, const std::string& prefix);
  bool declareGlobal(std::string name, Global g, SourceRange where);  // false: a duplicate (reported)
  Global* findGlobal(std::string_view name);
  const Global* findGlobal(std::string_view name) const;
  // Indices into globals_ of one kind, in name order (the order diagnostics
  // and outputs used to come in when globals_ was a sorted map).
  std::vector<uint32_t> globalsByName(Global::Kind kind) const;
  void elaborateMigration(const Ast& ast, NodeId block);
  void elaborateParam(const Ast& ast, NodeId param);
  std::string_view paramType(const Ast& ast, NodeId type) const;
  void elaborateObject(size_t index);
  // What CloudWatch needs for every metric-typed field, nested like the fields.
  // `defaults`: where top-level fields absent from `fields` are read.
  ir::Value metricFacts(const ir::Value& fields, const KindSchema& schema, const ir::Value* defaults = nullptr);
  void expandComponent(const Ast& ast, NodeId block, const Global& component,
                       const std::string& instance);
  std::string suggestName(std::string_view name) const;
  ir::Value lookup(const Ast& ast, NodeId id, std::string_view name, const TypeSpec* hint);

  void resolveLocalPaths(const KindSchema& schema, const ir::Object& object, ir::Value& facts);
  // The symbol index (symbol_index.h), when the caller asked for one.
  void recordDeclaration(Global& g, SourceRange where);
  void recordUse(const Ast& ast, NodeId id, const Global& g);
  void recordComponentUse(const Ast& ast, NodeId block, const Global& component);
  void recordAttributeUse(const Ast& ast, NodeId member, uint32_t object, std::string_view attribute);
  void recordLetValues();
  SourceManager& sm_;
  const std::vector<SourceFileAst>& files_;
  DiagnosticSink& diags_;
  const ElaborateOptions& options_;
  SymbolIndex* symbols_ = nullptr;
  std::vector<int> object_symbols_;  // program_.objects index -> symbol
  ir::Program program_;
  // Every top-level name, in declaration order (a deque: references stay
  // valid while more are declared), indexed by name. One hash lookup per
  // name instead of two ordered maps, and no evaluated value per entry.
  std::deque<Global> globals_;
  struct NameHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string_view, uint32_t, NameHash, std::equal_to<>> global_index_;
  std::deque<ir::Value> let_values_;  // Global::value
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
    int instance = -1;
  };
  std::vector<PendingObject> pending_;
  // Where a let or output of a component body or loop is evaluated: the
  // loop variables and parameters, expansions and instance in force there.
  struct Scope {
    std::map<std::string, ir::Value, std::less<>> locals;
    std::vector<ActiveExpansion> expansions;
    int instance = -1;
  };
  std::deque<Scope> scopes_;
  int captureScope();  // the scope in force now, or -1 at file level
  // Runs `body` in a global's scope (its own, or the file level's).
  void inScopeOf(const Global& g, const std::function<void()>& body);
  std::deque<Instance> instances_;
  std::unordered_map<std::string, uint32_t> instance_index_;  // Instance::name -> instances_
  int instance_ = -1;  // the instance whose body is being collected or elaborated
  // A name as the current instance's body sees it: its own declarations by
  // their short names first, innermost body first; else the name itself.
  std::string resolveShortName(std::string_view name) const;
  bool isLocal(std::string_view name) const {
    for (const auto& scope : locals_)
      if (scope.count(name)) return true;
    return false;
  }
  // Records `short_name` as a member of the instance being collected.
  void addMember(std::string_view short_name, const std::string& full_name);
  const Instance* findInstance(std::string_view name) const;
  // `instance.output`: the output's value, evaluated once in its scope.
  ir::Value instanceOutput(const Ast& ast, NodeId member, const Instance& instance, std::string_view output);
  // A let's or output's value (evaluated lazily once; cycles reported).
  ir::Value globalValue(const Ast& ast, NodeId id, Global& g);
  std::map<const KindSchema*, std::shared_ptr<const ir::Value>> defaults_;  // defaultsFor()
  std::map<const KindSchema*, bool> has_metrics_;  // metricFacts(): any metric field inside
  int migration_blocks_ = 0;
  std::string module_prefix_;                     // "alias." while collecting an aliased file
  std::set<std::string, std::less<>> aliases_;    // module aliases, resolved in member access
  std::pair<const Ast*, NodeId> migration_{nullptr, NodeId{}};
  std::vector<std::pair<const Ast*, NodeId>> deferred_params_;
  bool exhausted_ = false;            // a limit was reached: expansion stops
  size_t work_ = 0;                   // kMaxWork
  unsigned expansion_depth_ = 0;      // kMaxExpansionDepth
  std::deque<size_t> let_sizes_;      // valueCount of let_values_[i], for work()
  std::vector<const Global*> components_;  // the component uses being expanded, outermost first

 public:
  // Lets elaborate lazily; the stack reports cycles.
  std::vector<std::string> let_stack_;
};

}  // namespace migc::sema
