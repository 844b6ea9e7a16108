// Values after evaluation. Most are constants (units already converted to
// their base: seconds, bytes, percent); some stay symbolic because they are
// only known at deploy time: a `param`, an attribute of another resource
// (`aurora.endpoint`), or a string built from those. Every backend renders
// symbolic values in its own syntax (var.x, !Ref X, ${x}).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "diag/source_manager.h"

namespace migc::ir {

enum class Dimension : uint8_t { Duration, Size, Percent, Money };

struct Value {
  enum class Kind : uint8_t {
    Null, Bool, Int, Number, String,
    Quantity,  // number + dimension, in base units
    Enum,      // a bare identifier accepted by a field's enum (`off`, `require`)
    List, Map,
    Param,     // a deploy-time parameter, by name
    Attr,      // an attribute of a declared object: object index + attribute
    Concat,    // string interpolation: parts concatenated
  };

  Kind kind = Kind::Null;
  Dimension dimension = Dimension::Duration;
  bool boolean = false;
  int64_t integer = 0;
  double number = 0;  // Number and Quantity
  std::string text;   // String, Enum, Param name, Attr attribute
  uint32_t object = 0;  // Attr
  std::vector<Value> items;                           // List, Concat parts
  std::vector<std::pair<std::string, Value>> entries;  // Map, in source order
  SourceRange range;

  // Defined out of line: a Value holds vectors of pairs holding Values, and
  // clang (with libstdc++) instantiates inline special members before Value
  // is complete.
  Value();
  Value(const Value&);
  Value(Value&&) noexcept;
  Value& operator=(const Value&);
  Value& operator=(Value&&) noexcept;
  ~Value();

  static Value null() { return {}; }
  static Value ofBool(bool b) { Value v; v.kind = Kind::Bool; v.boolean = b; return v; }
  static Value ofInt(int64_t i) { Value v; v.kind = Kind::Int; v.integer = i; v.number = double(i); return v; }
  static Value ofNumber(double d) { Value v; v.kind = Kind::Number; v.number = d; return v; }
  static Value ofString(std::string s) { Value v; v.kind = Kind::String; v.text = std::move(s); return v; }
  static Value ofEnum(std::string s) { Value v; v.kind = Kind::Enum; v.text = std::move(s); return v; }
  static Value ofQuantity(double base, Dimension d) {
    Value v; v.kind = Kind::Quantity; v.number = base; v.dimension = d; return v;
  }
  static Value ofParam(std::string name) { Value v; v.kind = Kind::Param; v.text = std::move(name); return v; }
  static Value ofAttr(uint32_t object, std::string attr) {
    Value v; v.kind = Kind::Attr; v.object = object; v.text = std::move(attr); return v;
  }

  bool isConstant() const;  // no Param/Attr anywhere inside
  bool isString() const { return kind == Kind::String; }
  const Value* get(std::string_view key) const;  // Map entry
};

// A quantity in base units spelt as a .mig literal: 7d, 90m, 100GiB, 80%.
std::string formatQuantity(double base, Dimension dimension);

}  // namespace migc::ir
