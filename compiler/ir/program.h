// The checked, target-neutral model of one migration: what every backend,
// domain check and policy rule reads. Produced by sema; plain data.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "ir/value.h"

namespace migc::ir {

// A declared domain object after evaluation: `cluster aurora { ... }`.
// Its fields are `fields` (a Map of what the declaration wrote, in source
// order; nested blocks as Maps with their defaults applied) plus `defaults`
// (the schema defaults of the top-level fields it did not write: one Map
// shared by every object of the kind, so a large program does not hold a
// copy per object). Read fields through field() or forEachField(), which see
// both, rather than `fields` directly. `field_ranges` locates what the user
// wrote.
struct Object {
  std::string kind;
  std::string name;  // unique in the program; component expansions are prefixed
  Value fields;      // Kind::Map: the fields written
  std::shared_ptr<const Value> defaults;  // Kind::Map or null: defaults of the others
  Value condition;   // Null: always present; else a Bool Param (`when create_vpn`)
  // Facts sema derived for later passes, so they need no schema: for a
  // metric field (`watch = aurora.cpu`), facts[field] is a Map with
  // namespace, metric, unit and dimension.
  Value facts;
  SourceRange range;        // the whole declaration
  SourceRange name_range;   // its label
  std::vector<std::pair<std::string, SourceRange>> field_ranges;  // "backup.retention" -> range

  const Value* field(std::string_view path) const;  // "backup.retention"
  // Every field with a value, written ones in source order, then defaults
  // in schema order: what `fields` held when defaults were copied into it.
  template <typename Visit>  // void(const std::string& name, const Value& value)
  void forEachField(Visit&& visit) const {
    for (const auto& [k, v] : fields.entries) visit(k, v);
    if (defaults)
      for (const auto& [k, v] : defaults->entries)
        if (!fields.get(k)) visit(k, v);
  }
  // The region the object is placed in (its `region` field), or "" for the
  // migration's primary region.
  std::string_view region() const;
  SourceRange rangeOf(std::string_view path) const;  // falls back to the name
};

// What the resource names a string param flows into allow of its value,
// derived after the checks from the names the lowered program gives it
// (backends/lower/param_constraints.h), and written by every target:
// Terraform `validation`, CloudFormation MaxLength/AllowedPattern, the
// Pulumi config description (Pulumi YAML has no constraint field).
struct NameConstraint {
  int max_length = -1;      // -1: no name limits its length
  std::string pattern;      // the whole value must match (RE2 and Java alike); empty: any characters
  std::string description;  // the constraint in words, for error messages and descriptions
};

struct Param {
  std::string name;
  std::string type;  // string | int | number | bool | list | map
  bool has_default = false;
  Value default_value;
  std::vector<std::string> allowed;  // enum params
  SourceRange range;
  // Holds a secret (sema/secret_params.cpp): its name says so, or its value
  // flows into a credential. Emitted as sensitive; never given by --set.
  bool secret = false;
  std::optional<NameConstraint> name_constraint;  // reaches a resource name
};

struct Output {
  std::string name;
  Value value;
  SourceRange range;
};

// The key of an output, the same in every target, so a consumer of the
// flattened outputs (seed matrix CHK-O2) reads `clusterEndpoint` whichever
// target deployed: camelCase of the name, every character that is not a
// letter or digit starting a word (`cluster_endpoint` -> `clusterEndpoint`,
// a module's `m.endpoint` -> `mEndpoint`). Alphanumeric, as CloudFormation's
// output ids must be; Terraform and Pulumi take it as is.
std::string outputKey(std::string_view name);

// @allow(CODE, reason = "...") on a declaration, or @file:allow for a file.
struct Suppression {
  std::string code;
  std::string reason;
  std::string object;  // empty for a file-level suppression
  FileId file;
  SourceRange range;   // the code in the annotation
};

struct Program {
  std::string name;                  // migration "name"
  std::vector<std::string> regions;  // first is primary
  std::vector<SourceRange> region_ranges;  // where each of `regions` is written
  std::string naming = "{name}-{kind}";  // resource name pattern
  SourceRange naming_range;          // the pattern's string literal, when written
  Value tags;                        // Map: tag key -> value
  Value monthly_budget;              // Quantity (Money) or Null: what `migc cost` is held to
  SourceRange migration_range;
  std::vector<Param> params;
  std::vector<Object> objects;
  std::vector<Output> outputs;
  std::vector<Suppression> suppressions;
  std::string source_hash;           // of all input files, for output headers

  // Appends a declaration and indexes its name, so find() and indexOf() are
  // a hash lookup: checks, policy and suppressions look names up per
  // finding, and a scan per lookup made large programs cubic.
  Object& add(Object object);
  // The first declaration with this name: by the index for those added with
  // add(), by a scan of any appended to `objects` directly (hand-built test
  // programs).
  const Object* find(std::string_view name) const;
  int indexOf(std::string_view name) const;
  // The declaration a reference field points at (`network = main`), or null
  // (absent, not a reference, or an attribute such as `aurora.endpoint`).
  const Object* referenced(const Object& object, std::string_view path) const;

 private:
  struct NameHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // name -> index of its first declaration, for objects[0, indexed_).
  std::unordered_map<std::string, uint32_t, NameHash, std::equal_to<>> by_name_;
  size_t indexed_ = 0;
};

// A stable textual dump for golden tests.
std::string dumpProgram(const Program& program);
std::string formatValue(const Program& program, const Value& value);

}  // namespace migc::ir
