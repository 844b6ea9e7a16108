// The checked, target-neutral model of one migration: what every backend,
// domain check and policy rule reads. Produced by sema; plain data.
#pragma once

#include <string>
#include <vector>

#include "ir/value.h"

namespace migc::ir {

// A declared domain object after evaluation: `cluster aurora { ... }`.
// `fields` is a Map holding every schema field (defaults applied, nested
// blocks as Maps); `field_ranges` locates what the user wrote.
struct Object {
  std::string kind;
  std::string name;  // unique in the program; component expansions are prefixed
  Value fields;      // Kind::Map
  Value condition;   // Null: always present; else a Bool Param (`when create_vpn`)
  // Facts sema derived for later passes, so they need no schema: for a
  // metric field (`watch = aurora.cpu`), facts[field] is a Map with
  // namespace, metric, unit and dimension.
  Value facts;
  SourceRange range;        // the whole declaration
  SourceRange name_range;   // its label
  std::vector<std::pair<std::string, SourceRange>> field_ranges;  // "backup.retention" -> range

  const Value* field(std::string_view path) const;  // "backup.retention"
  // The region the object is placed in (its `region` field), or "" for the
  // migration's primary region.
  std::string_view region() const;
  SourceRange rangeOf(std::string_view path) const;  // falls back to the name
};

struct Param {
  std::string name;
  std::string type;  // string | int | number | bool | list | map
  bool has_default = false;
  Value default_value;
  std::vector<std::string> allowed;  // enum params
  SourceRange range;
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
  Value tags;                        // Map: tag key -> value
  SourceRange migration_range;
  std::vector<Param> params;
  std::vector<Object> objects;
  std::vector<Output> outputs;
  std::vector<Suppression> suppressions;
  std::string source_hash;           // of all input files, for output headers

  const Object* find(std::string_view name) const;
  int indexOf(std::string_view name) const;
  // The declaration a reference field points at (`network = main`), or null
  // (absent, not a reference, or an attribute such as `aurora.endpoint`).
  const Object* referenced(const Object& object, std::string_view path) const;
};

// A stable textual dump for golden tests.
std::string dumpProgram(const Program& program);
std::string formatValue(const Program& program, const Value& value);

}  // namespace migc::ir
