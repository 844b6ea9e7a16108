#include "ir/program.h"

#include <fmt/format.h>

#include <algorithm>

namespace migc::ir {

const Value* Object::field(std::string_view path) const {
  const Value* v = &fields;
  bool top = true;
  while (v && !path.empty()) {
    size_t dot = path.find('.');
    std::string_view name = path.substr(0, dot);
    const Value* next = v->get(name);
    if (!next && top && defaults) next = defaults->get(name);
    v = next;
    top = false;
    path = dot == std::string_view::npos ? std::string_view{} : path.substr(dot + 1);
  }
  return v;
}

std::string_view Object::region() const {
  const Value* v = field("region");
  return v && v->kind == Value::Kind::String ? std::string_view(v->text) : std::string_view{};
}

SourceRange Object::rangeOf(std::string_view path) const {
  for (const auto& [p, r] : field_ranges)
    if (p == path) return r;
  return name_range;
}

const Object* Program::find(std::string_view name) const {
  int i = indexOf(name);
  return i < 0 ? nullptr : &objects[static_cast<size_t>(i)];
}

const Object* Program::referenced(const Object& object, std::string_view path) const {
  const Value* v = object.field(path);
  if (!v || v->kind != Value::Kind::Attr || !v->text.empty() || v->object >= objects.size()) return nullptr;
  return &objects[v->object];
}

std::string outputKey(std::string_view name) {
  std::string out;
  bool up = false;
  for (char c : name) {
    bool lower = c >= 'a' && c <= 'z';
    if (!lower && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
      up = !out.empty();
      continue;
    }
    out += up && lower ? static_cast<char>(c - 'a' + 'A') : c;
    up = false;
  }
  return out;
}

Object& Program::add(Object object) {
  // Index whatever was appended directly first, so the index stays a prefix.
  for (; indexed_ < objects.size(); ++indexed_) by_name_.emplace(objects[indexed_].name, static_cast<uint32_t>(indexed_));
  objects.push_back(std::move(object));
  by_name_.emplace(objects.back().name, static_cast<uint32_t>(indexed_++));
  return objects.back();
}

int Program::indexOf(std::string_view name) const {
  size_t indexed = std::min(indexed_, objects.size());
  if (auto it = by_name_.find(name); it != by_name_.end() && it->second < indexed) return static_cast<int>(it->second);
  for (size_t i = indexed; i < objects.size(); ++i)
    if (objects[i].name == name) return static_cast<int>(i);
  return -1;
}

namespace {

std::string quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out.push_back('\\');
    if (c == '\n') { out += "\\n"; continue; }
    out.push_back(c);
  }
  return out + "\"";
}

std::string number(double d) { return fmt::format("{}", d); }

}  // namespace

std::string formatValue(const Program& program, const Value& v) {
  switch (v.kind) {
    case Value::Kind::Null: return "null";
    case Value::Kind::Bool: return v.boolean ? "true" : "false";
    case Value::Kind::Int: return fmt::format("{}", v.integer);
    case Value::Kind::Number: return number(v.number);
    case Value::Kind::String: return quote(v.text);
    case Value::Kind::Enum: return v.text;
    case Value::Kind::Quantity: {
      const char* unit = v.dimension == Dimension::Duration ? "s"
                         : v.dimension == Dimension::Size   ? "B"
                         : v.dimension == Dimension::Money  ? "USD"
                                                            : "%";
      return number(v.number) + unit;
    }
    case Value::Kind::Param: return "param(" + v.text + ")";
    case Value::Kind::Attr: {
      std::string obj = v.object < program.objects.size() ? program.objects[v.object].name : "?";
      return v.text.empty() ? "ref(" + obj + ")" : "ref(" + obj + "." + v.text + ")";
    }
    case Value::Kind::List:
    case Value::Kind::Concat: {
      std::string out = v.kind == Value::Kind::List ? "[" : "concat(";
      for (size_t i = 0; i < v.items.size(); ++i)
        out += (i ? ", " : "") + formatValue(program, v.items[i]);
      return out + (v.kind == Value::Kind::List ? "]" : ")");
    }
    case Value::Kind::Map: {
      std::string out = "{";
      for (size_t i = 0; i < v.entries.size(); ++i)
        out += (i ? ", " : "") + v.entries[i].first + " = " + formatValue(program, v.entries[i].second);
      return out + "}";
    }
  }
  return "?";
}

std::string dumpProgram(const Program& p) {
  std::string out = fmt::format("migration {} regions=[", quote(p.name));
  for (size_t i = 0; i < p.regions.size(); ++i) out += (i ? ", " : "") + p.regions[i];
  out += fmt::format("] naming={}\n  tags = {}\n", quote(p.naming), formatValue(p, p.tags));
  for (const Param& param : p.params) {
    out += fmt::format("param {}: {}", param.name, param.type);
    if (!param.allowed.empty()) {
      out += " in [";
      for (size_t i = 0; i < param.allowed.size(); ++i) out += (i ? ", " : "") + quote(param.allowed[i]);
      out += "]";
    }
    if (param.has_default) out += " = " + formatValue(p, param.default_value);
    out += "\n";
    if (const auto& c = param.name_constraint)
      out += fmt::format("  names: max_length={} pattern={}\n", c->max_length, quote(c->pattern));
  }
  for (const Object& o : p.objects) {
    out += fmt::format("{} {}", o.kind, o.name);
    if (o.condition.kind != Value::Kind::Null) out += " when " + formatValue(p, o.condition);
    out += "\n";
    o.forEachField([&](const std::string& k, const Value& v) { out += fmt::format("  {} = {}\n", k, formatValue(p, v)); });
  }
  for (const Output& o : p.outputs) out += fmt::format("output {} = {}\n", o.name, formatValue(p, o.value));
  return out;
}

}  // namespace migc::ir
