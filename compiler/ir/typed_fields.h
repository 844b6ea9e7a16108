// Typed reads of an object's fields. The per-kind views in the generated
// "ir/kind_fields.h" (one class per kind schema, one accessor per field,
// written by compiler/tools/kind_fields_gen.cpp from the schemas) return
// these, so a backend reads `Cluster(o).backup().retention()` as a Duration
// rather than a number found under the string "backup.retention": a field
// that does not exist is a compile error, and each type says what may be
// done with it.
//
// A value the program may leave to deploy time (a `param`, an attribute of
// another declaration, a string interpolating those) is not a C++ value:
// Text gives a literal only when there is one, and the lowering renders the
// ir::Value (lower::Context::value) — never the param's name.
#pragma once

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ir/program.h"

namespace migc::ir::typed {

// What every typed field has: its value (absent when neither written nor
// defaulted), the object it belongs to and its path there, for ranges.
class FieldValue {
 public:
  FieldValue(const Object& owner, const Value* v, std::string path)
      : owner_(&owner), v_(v), path_(std::move(path)) {}

  bool present() const { return v_ && v_->kind != Value::Kind::Null; }
  // The value as the lowering renders it; a Null value when absent.
  const Value& value() const;
  // No param or attribute anywhere in it: known while migc runs.
  bool isConstant() const { return !present() || v_->isConstant(); }
  // Where the program writes it (the declaration's name for a default).
  SourceRange range() const { return owner_->rangeOf(path_); }
  const std::string& path() const { return path_; }
  const Object& owner() const { return *owner_; }

 protected:
  const Object* owner_;
  const Value* v_;
  std::string path_;
};

// A string field: a literal, or a deploy-time value that only renders.
class Text : public FieldValue {
 public:
  using FieldValue::FieldValue;
  // The literal text; nullopt when absent or known only at deploy time.
  std::optional<std::string> literal() const;
};

// An enum field: one of the schema's words, known while migc runs (sema
// refuses a param there).
class Word : public FieldValue {
 public:
  using FieldValue::FieldValue;
  const std::string& word() const;  // "" when absent
  bool is(std::string_view w) const { return word() == w; }
};

// Numbers and booleans. constant() is for fields whose value decides what
// migc creates (`zones`, `readers`); sema refuses a param there. Others
// render value(), which may be a param.
class Int : public FieldValue {
 public:
  using FieldValue::FieldValue;
  int64_t constant() const;
};

class Number : public FieldValue {
 public:
  using FieldValue::FieldValue;
  double constant() const;
};

class Flag : public FieldValue {
 public:
  using FieldValue::FieldValue;
  bool constant() const;  // false when absent
};

// Durations, sizes and percentages are literals (no param has a unit).
// Every conversion to a target's unit rounds up, never down; where AWS
// takes whole units, sema refuses anything else first (FieldSchema::step),
// so the rounding never changes a value the program states.
class Duration : public FieldValue {
 public:
  using FieldValue::FieldValue;
  double seconds() const;
  int64_t wholeSeconds() const { return static_cast<int64_t>(std::ceil(seconds())); }
  int64_t minutes() const { return static_cast<int64_t>(std::ceil(seconds() / 60)); }
  int64_t days() const { return static_cast<int64_t>(std::ceil(seconds() / 86400)); }
};

class Size : public FieldValue {
 public:
  using FieldValue::FieldValue;
  double bytes() const;
  int64_t kib() const { return static_cast<int64_t>(std::ceil(bytes() / 1024)); }
  int64_t mib() const { return static_cast<int64_t>(std::ceil(bytes() / 1048576)); }
  int64_t gib() const { return static_cast<int64_t>(std::ceil(bytes() / 1073741824.0)); }
};

class Percent : public FieldValue {
 public:
  using FieldValue::FieldValue;
  double percent() const;
};

// An amount of money (`500USD`), in US dollars.
class Money : public FieldValue {
 public:
  using FieldValue::FieldValue;
  double usd() const;
};

// A reference to a declaration (`network = main`).
class Ref : public FieldValue {
 public:
  using FieldValue::FieldValue;
  // The declaration; null when absent (an optional reference).
  const Object* object(const Program& program) const;
};

// An attribute that is a CloudWatch metric (`watch = aurora.cpu`): sema
// records its namespace, name, unit and dimension in the owner's facts.
class Metric : public FieldValue {
 public:
  using FieldValue::FieldValue;
  const Object* object(const Program& program) const;
  const std::string& attribute() const;  // "cpu"
};

// An engine call (`aurora_postgresql("16.4")`).
class Engine : public FieldValue {
 public:
  using FieldValue::FieldValue;
  const std::string& name() const;     // aurora-postgresql, postgres, oracle, ...
  const std::string& version() const;  // "16.4"
};

// A value of any type (`parameters` maps, event patterns): read as it is.
class Any : public FieldValue {
 public:
  using FieldValue::FieldValue;
};

// A list field, each item read as `Item`.
template <typename Item>
class List : public FieldValue {
 public:
  using FieldValue::FieldValue;
  size_t size() const { return present() && v_->kind == Value::Kind::List ? v_->items.size() : 0; }
  bool empty() const { return size() == 0; }
  std::vector<Item> items() const {
    std::vector<Item> out;
    for (size_t i = 0; i < size(); ++i) out.emplace_back(*owner_, &v_->items[i], path_);
    return out;
  }
};

// A map field: (key, item read as `Item`) in source order.
template <typename Item>
class Map : public FieldValue {
 public:
  using FieldValue::FieldValue;
  bool empty() const { return !present() || v_->kind != Value::Kind::Map || v_->entries.empty(); }
  std::vector<std::pair<std::string, Item>> entries() const {
    std::vector<std::pair<std::string, Item>> out;
    if (empty()) return out;
    for (const auto& [k, v] : v_->entries) out.emplace_back(k, Item(*owner_, &v, path_ + "." + k));
    return out;
  }
};

// The base of the generated views: the object, and the block being read
// (null for the object's top level, whose defaults live apart).
class View {
 public:
  explicit View(const Object& o) : object_(&o) {}
  View(const Object& o, const Value* block, std::string prefix)
      : object_(&o), block_(block), prefix_(std::move(prefix)), nested_(true) {}

  const Object& object() const { return *object_; }
  // A nested block the program writes or whose schema gives a default (an
  // optional block such as `serverless` is absent otherwise).
  bool present() const { return !nested_ || (block_ && block_->kind == Value::Kind::Map); }
  // The block's value and path prefix, to read a block of the same schema
  // under another name (`blue` and `green` of a cutover) with one view.
  const Value* blockValue() const { return block_; }
  const std::string& prefix() const { return prefix_; }

 protected:
  template <typename T>
  T read(std::string_view name) const {
    const Value* v = nested_ ? (block_ && block_->kind == Value::Kind::Map ? block_->get(name) : nullptr)
                             : object_->field(name);
    return T(*object_, v, prefix_ + std::string(name));
  }
  template <typename BlockView>
  BlockView block(std::string_view name) const {
    const Value* v = nested_ ? (block_ && block_->kind == Value::Kind::Map ? block_->get(name) : nullptr)
                             : object_->field(name);
    return BlockView(*object_, v, prefix_ + std::string(name) + ".");
  }

 private:
  const Object* object_;
  const Value* block_ = nullptr;
  std::string prefix_;
  bool nested_ = false;
};

// A repeatable block: each occurrence read as `BlockView`.
template <typename BlockView>
class Blocks : public FieldValue {
 public:
  using FieldValue::FieldValue;
  std::vector<BlockView> items() const {
    std::vector<BlockView> out;
    if (!present() || v_->kind != Value::Kind::List) return out;
    for (const Value& item : v_->items) out.emplace_back(*owner_, &item, path_ + ".");
    return out;
  }
  bool empty() const { return items().empty(); }
};

}  // namespace migc::ir::typed
