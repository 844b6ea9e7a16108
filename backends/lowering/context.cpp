#include "lowering/context.h"

#include <fmt/format.h>

#include <cctype>

namespace migc::lowering {
namespace {
using Kind = ir::Value::Kind;

std::string snake(std::string_view s) {
  std::string out;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    out.push_back(std::isalnum(u) ? static_cast<char>(std::tolower(u)) : '_');
  }
  return out;
}
}  // namespace

Context::Context(const ir::Program& program, Shape shape, DiagnosticSink& diags,
                 const std::map<std::string, KindLowering, std::less<>>& kinds)
    : program_(program), shape_(shape), diags_(diags), kinds_(kinds) {}

std::string Context::id(const ir::Object& o, std::string_view role) {
  std::string base = snake(o.name);
  return role.empty() ? base : base + "_" + snake(role);
}

model::PValue Context::name(const ir::Object& o, std::string_view kind_label) {
  std::vector<model::PValue> parts;
  std::string text;
  std::string_view pattern = program_.naming;
  for (size_t i = 0; i < pattern.size(); ++i) {
    size_t close = pattern[i] == '{' ? pattern.find('}', i) : std::string_view::npos;
    if (close == std::string_view::npos) {
      text.push_back(pattern[i]);
      continue;
    }
    std::string_view key = pattern.substr(i + 1, close - i - 1);
    i = close;
    if (key == "name") {
      for (char c : o.name) text.push_back(c == '_' ? '-' : c);
    } else if (key == "kind") {
      text += kind_label;
    } else {
      if (!text.empty()) parts.push_back(model::PValue::s(std::move(text)));
      text.clear();
      parts.push_back(model::PValue::param(std::string(key)));
    }
  }
  if (parts.empty()) return model::PValue::s(text);
  if (!text.empty()) parts.push_back(model::PValue::s(std::move(text)));
  return model::PValue::concat(std::move(parts));
}

model::PValue Context::tags() {
  if (shape_ == Shape::Aws) {
    model::Fields fields;
    for (const auto& [k, v] : program_.tags.entries) fields.emplace_back(k, value(v));
    return model::PValue::object(std::move(fields));
  }
  std::vector<model::PValue> list;
  for (const auto& [k, v] : program_.tags.entries)
    list.push_back(model::PValue::object({{"Key", model::PValue::s(k)}, {"Value", value(v)}}));
  return model::PValue::list(std::move(list));
}

model::PValue Context::value(const ir::Value& v) {
  switch (v.kind) {
    case Kind::Null: return model::PValue::null();
    case Kind::Bool: return model::PValue::b(v.boolean);
    case Kind::Int: return model::PValue::i(v.integer);
    case Kind::Number: case Kind::Quantity: return model::PValue::n(v.number);
    case Kind::String: case Kind::Enum: return model::PValue::s(v.text);
    case Kind::Param: return model::PValue::param(v.text);
    case Kind::Attr: return attribute(program_.objects[v.object], v.text);
    case Kind::List: {
      std::vector<model::PValue> items;
      for (const ir::Value& item : v.items) items.push_back(value(item));
      return model::PValue::list(std::move(items));
    }
    case Kind::Map: {
      model::Fields fields;
      for (const auto& [k, item] : v.entries) fields.emplace_back(k, value(item));
      return model::PValue::object(std::move(fields));
    }
    case Kind::Concat: {
      std::vector<model::PValue> parts;
      for (const ir::Value& item : v.items) parts.push_back(value(item));
      return model::PValue::concat(std::move(parts));
    }
  }
  return model::PValue::null();
}

model::PValue Context::attribute(const ir::Object& o, std::string_view attr) {
  auto it = kinds_.find(o.kind);
  if (it == kinds_.end() || !it->second.attribute) return model::PValue::null();
  return it->second.attribute(*this, o, attr);
}

std::vector<const ir::Object*> Context::referrers(const ir::Object& target, std::string_view kind,
                                                  std::string_view field_name) const {
  std::vector<const ir::Object*> out;
  int index = program_.indexOf(target.name);
  for (const ir::Object& o : program_.objects) {
    if (o.kind != kind) continue;
    const ir::Value* v = o.field(field_name);
    if (v && v->kind == Kind::Attr && static_cast<int>(v->object) == index) out.push_back(&o);
  }
  return out;
}

model::Resource& Context::add(std::string type, std::string id, const ir::Object& owner) {
  model::Resource r;
  r.type = std::move(type);
  r.id = std::move(id);
  const ir::Object* cond = current_ ? current_ : &owner;
  if (cond->condition.kind == Kind::Param) r.condition = cond->condition.text;
  if (std::string region = regionOf(*cond); !program_.regions.empty() && region != program_.regions.front())
    r.region = std::move(region);
  stack_.resources.push_back(std::move(r));
  return stack_.resources.back();
}

std::string Context::regionOf(const ir::Object& o) const {
  std::string_view r = o.region();
  if (!r.empty()) return std::string(r);
  return program_.regions.empty() ? std::string() : program_.regions.front();
}

std::string Context::currentRegion() const {
  if (current_) return regionOf(*current_);
  return program_.regions.empty() ? std::string() : program_.regions.front();
}

const ir::Value& field(const ir::Object& o, std::string_view path) {
  static const ir::Value kNull;
  const ir::Value* v = o.field(path);
  return v ? *v : kNull;
}

std::string text(const ir::Object& o, std::string_view path) { return field(o, path).text; }
int64_t integer(const ir::Object& o, std::string_view path) { return field(o, path).integer; }
double seconds(const ir::Object& o, std::string_view path) { return field(o, path).number; }
bool flag(const ir::Object& o, std::string_view path) { return field(o, path).boolean; }

std::string subnetCidr(std::string_view vpc_cidr, int index, int newbits) {
  unsigned a = 0, b = 0, c = 0, d = 0, prefix = 0;
  std::string s(vpc_cidr);
  if (std::sscanf(s.c_str(), "%u.%u.%u.%u/%u", &a, &b, &c, &d, &prefix) != 5) return s;
  uint32_t base = (a << 24) | (b << 16) | (c << 8) | d;
  unsigned bits = prefix + static_cast<unsigned>(newbits);
  uint32_t addr = base | (static_cast<uint32_t>(index) << (32 - bits));
  return fmt::format("{}.{}.{}.{}/{}", addr >> 24, (addr >> 16) & 255, (addr >> 8) & 255, addr & 255, bits);
}

// An output that shows a secret param's value is itself sensitive.
static bool readsSecretParam(const ir::Program& program, const ir::Value& v) {
  if (v.kind == ir::Value::Kind::Param)
    for (const ir::Param& p : program.params)
      if (p.name == v.text) return p.secret;
  for (const ir::Value& item : v.items)
    if (readsSecretParam(program, item)) return true;
  for (const auto& [key, item] : v.entries)
    if (readsSecretParam(program, item)) return true;
  return false;
}

model::Stack lowerProgram(const ir::Program& program, Shape shape, DiagnosticSink& diags,
                          const std::map<std::string, KindLowering, std::less<>>& kinds) {
  Context ctx(program, shape, diags, kinds);
  model::Stack& stack = ctx.stack();
  stack.name = program.name;
  stack.region = program.regions.empty() ? "" : program.regions.front();
  stack.regions = program.regions;
  for (const ir::Param& p : program.params) {
    model::Param mp;
    mp.name = p.name;
    mp.type = p.type == "int" || p.type == "number" ? "number"
              : p.type == "list"                    ? "list(string)"
              : p.type == "map"                     ? "map(string)"
                                                    : p.type;
    mp.has_default = p.has_default;
    if (p.has_default) mp.default_value = ctx.value(p.default_value);
    mp.allowed = p.allowed;
    mp.sensitive = p.secret;
    stack.params.push_back(std::move(mp));
  }
  for (const ir::Object& o : program.objects) {
    auto it = kinds.find(o.kind);
    if (it == kinds.end() || !it->second.lower) continue;
    ctx.setCurrent(&o);
    it->second.lower(ctx, o);
  }
  ctx.setCurrent(nullptr);
  for (const ir::Output& out : program.outputs) {
    model::Output mo;
    mo.name = ir::outputKey(out.name);
    mo.value = ctx.value(out.value);
    mo.sensitive = readsSecretParam(program, out.value);
    stack.outputs.push_back(std::move(mo));
  }
  return std::move(stack);
}

}  // namespace migc::lowering
