// Kind schemas: for each domain kind, its fields (type, default, range,
// docs), nested blocks and the attributes other declarations may reference.
// Defined once, one file per kind under kinds/, and read by the checker,
// `migc explain`-style docs, and (later) hover and completion.
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "ir/value.h"

namespace migc::sema {

struct KindSchema;

struct TypeSpec {
  enum class Tag : uint8_t {
    Any, String, Int, Number, Bool, Duration, Size, Percent, Money, Enum, List, Map,
    Ref,     // a declared object of `ref_kind` (any kind when empty)
    Block,   // a nested block `name { ... }` described by `block`
    Engine,  // aurora_postgresql("15.4"), postgres("13"), oracle("19")
    Metric,  // an attribute that is a CloudWatch metric (`aurora.cpu`)
  };
  Tag tag = Tag::Any;
  std::vector<std::string> values;       // Enum
  std::string ref_kind;                  // Ref
  std::shared_ptr<const TypeSpec> element;  // List, Map
  const KindSchema* block = nullptr;     // Block
  bool repeated = false;                 // Block: may appear several times (a List of Maps)

  std::string describe() const;  // "a duration", "a list of strings", "a reference to a cluster"
  // Ref: whether an object of `kind` may be referenced ("a|b" lists alternatives).
  bool refAccepts(std::string_view kind) const;
};

namespace types {
TypeSpec any();
TypeSpec string();
TypeSpec integer();
TypeSpec number();
TypeSpec boolean();
TypeSpec duration();
TypeSpec size();
TypeSpec percent();
TypeSpec money();  // US dollars (`500USD`)
TypeSpec oneOf(std::vector<std::string> values);
TypeSpec listOf(TypeSpec element);
TypeSpec mapOf(TypeSpec element);
TypeSpec ref(std::string kind);
// A reference to an object of any of `kinds` (e.g. a pipeline's target: a cluster or a database).
TypeSpec refOneOf(const std::vector<std::string>& kinds);
TypeSpec block(const KindSchema& schema, bool repeated = false);
TypeSpec engine();
}  // namespace types

struct FieldSchema {
  std::string name;
  TypeSpec type;
  bool required = false;
  std::optional<ir::Value> default_value;
  std::optional<double> min, max;  // in base units (seconds, bytes, percent) or plain
  std::string doc;
  // A String naming a file or folder relative to the declaring .mig file
  // (a code asset): sema checks that it exists and records its absolute
  // path in the object's facts under the field's name.
  bool local_path = false;
  // Decides what migc creates or computes (`zones`, `readers`, a CIDR carved
  // into subnets): it must be known while migc runs, so sema refuses a param
  // or another declaration's attribute here (MIG1060). Enum fields always are.
  bool constant = false;
  // No target has a resource for it: the diagnostic with this code (a
  // manual step with the value filled in) is where the value goes.
  std::string manual_step;
};

// What a CloudWatch alarm or dashboard needs to watch an attribute.
struct MetricInfo {
  std::string namespace_;   // AWS/RDS
  std::string metric;       // CPUUtilization
  std::string unit;         // Percent | Seconds | Milliseconds | Count | Bytes
  std::string dimension;    // DBClusterIdentifier; the value is the object's identifier
};

struct AttributeSchema {
  std::string name;
  TypeSpec type;
  std::string doc;
  std::optional<MetricInfo> metric;
};

struct KindSchema {
  KindSchema() = default;
  KindSchema(std::string name_, std::string doc_, std::vector<FieldSchema> fields_ = {},
             std::vector<AttributeSchema> attributes_ = {})
      : name(std::move(name_)), doc(std::move(doc_)), fields(std::move(fields_)), attributes(std::move(attributes_)) {}

  std::string name;
  std::string doc;
  std::vector<FieldSchema> fields;
  std::vector<AttributeSchema> attributes;
  // Settings users ask for that the AWS resource does not have (an option
  // group on Aurora): named so the compiler can say why instead of only
  // "no such field".
  struct NotApplicable {
    std::string name, reason, help;
  };
  std::vector<NotApplicable> not_applicable;

  // Builder helpers used by the kinds/ files.
  FieldSchema& field(std::string name, TypeSpec type, std::string doc);
  KindSchema& notApplicable(std::string name, std::string reason, std::string help);
  KindSchema& attribute(std::string name, TypeSpec type, std::string doc);
  KindSchema& metric(std::string name, MetricInfo info, std::string doc);

  const FieldSchema* findField(std::string_view name) const;
  const AttributeSchema* findAttribute(std::string_view name) const;
  const NotApplicable* findNotApplicable(std::string_view name) const;
};

// Fluent setters on a field being defined.
inline FieldSchema& required(FieldSchema& f) { f.required = true; return f; }
inline FieldSchema& constant(FieldSchema& f) { f.constant = true; return f; }

const KindSchema* findKind(std::string_view name);
// `region`, which every top-level kind but the migration takes (`prefix`
// empty: not inside a nested block); null where it does not apply.
const FieldSchema* regionFieldFor(const KindSchema& schema, std::string_view prefix);
// `tags`, merged over the migration's on every resource the declaration
// makes (its own win a clash); taken where `region` is.
const FieldSchema* tagsFieldFor(const KindSchema& schema, std::string_view prefix);
const KindSchema& migrationSchema();
std::span<const KindSchema* const> allKinds();

}  // namespace migc::sema
