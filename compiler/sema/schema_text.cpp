#include "sema/schema_text.h"

#include <fmt/format.h>

namespace migc::sema {
namespace {

std::string quantity(double v, TypeSpec::Tag tag) {
  if (tag == TypeSpec::Tag::Duration) return ir::formatQuantity(v, ir::Dimension::Duration);
  if (tag == TypeSpec::Tag::Size) return ir::formatQuantity(v, ir::Dimension::Size);
  if (tag == TypeSpec::Tag::Percent) return ir::formatQuantity(v, ir::Dimension::Percent);
  if (tag == TypeSpec::Tag::Money) return ir::formatQuantity(v, ir::Dimension::Money);
  return fmt::format("{}", v);
}

}  // namespace

std::string literalText(const ir::Value& v, TypeSpec::Tag tag) {
  switch (v.kind) {
    case ir::Value::Kind::Bool: return v.boolean ? "true" : "false";
    case ir::Value::Kind::Int: return fmt::format("{}", v.integer);
    case ir::Value::Kind::Number: return fmt::format("{}", v.number);
    case ir::Value::Kind::String: return "\"" + v.text + "\"";
    case ir::Value::Kind::Enum: return v.text;
    case ir::Value::Kind::Quantity: return quantity(v.number, tag);
    case ir::Value::Kind::List: {
      std::string out = "[";
      for (size_t i = 0; i < v.items.size(); ++i) out += (i ? ", " : "") + literalText(v.items[i], tag);
      return out + "]";
    }
    case ir::Value::Kind::Map: return v.entries.empty() ? "{}" : "{ ... }";
    default: return "";
  }
}

std::string fieldTypeText(const FieldSchema& f) {
  if (f.type.tag == TypeSpec::Tag::Block) return fmt::format("block{}", f.type.repeated ? " (repeatable)" : "");
  return f.type.describe();
}

std::string defaultText(const FieldSchema& f) {
  return f.default_value ? literalText(*f.default_value, f.type.tag) : std::string();
}

std::string rangeText(const FieldSchema& f) {
  if (f.min && f.max) return quantity(*f.min, f.type.tag) + " to " + quantity(*f.max, f.type.tag);
  if (f.min) return "≥ " + quantity(*f.min, f.type.tag);
  if (f.max) return "≤ " + quantity(*f.max, f.type.tag);
  return {};
}

}  // namespace migc::sema
