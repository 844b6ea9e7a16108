#include "lower/context.h"

#include <fmt/format.h>

#include <cctype>
#include <stdexcept>

#include "lower/registry.h"

namespace migc::lower {
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

// Each declaration a value refers to (a reference, or a list of them).
template <typename Visit>
void eachReference(const ir::Value& v, Visit&& visit) {
  if (v.kind == Kind::Attr && v.text.empty()) visit(v.object);
  if (v.kind == Kind::List)
    for (const ir::Value& item : v.items) eachReference(item, visit);
}
}  // namespace

Context::Context(const ir::Program& program, DiagnosticSink& diags, Targets building, const assets::Assets& assets)
    : program_(program), diags_(diags), building_(building), assets_(assets) {}

std::string Context::id(const ir::Object& o, std::string_view role) {
  std::string base = snake(o.name);
  return role.empty() ? base : base + "_" + snake(role);
}

PValue Context::nameOf(const ir::Program& program, const ir::Object& o, std::string_view kind_label) {
  std::vector<PValue> parts;
  std::string text;
  std::string_view pattern = program.naming;
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
      if (!text.empty()) parts.push_back(PValue::s(std::move(text)));
      text.clear();
      parts.push_back(PValue::param(std::string(key)));
    }
  }
  if (parts.empty()) return PValue::s(text);
  if (!text.empty()) parts.push_back(PValue::s(std::move(text)));
  return PValue::concat(std::move(parts));
}

PValue Context::tags(const ir::Object* owner) {
  model::Fields fields;
  const ir::Value* own = owner ? owner->field("tags") : nullptr;
  if (own && own->kind != Kind::Map) own = nullptr;
  for (const auto& [k, v] : program_.tags.entries) {
    const ir::Value* mine = own ? own->get(k) : nullptr;
    fields.emplace_back(k, value(mine ? *mine : v));
  }
  if (own)
    for (const auto& [k, v] : own->entries)
      if (!program_.tags.get(k)) fields.emplace_back(k, value(v));
  return PValue::object(std::move(fields));
}

PValue Context::value(const ir::Value& v) {
  switch (v.kind) {
    case Kind::Null: return PValue::null();
    case Kind::Bool: return PValue::b(v.boolean);
    case Kind::Int: return PValue::i(v.integer);
    case Kind::Number: case Kind::Quantity: return PValue::n(v.number);
    case Kind::String: case Kind::Enum: return PValue::s(v.text);
    case Kind::Param: return PValue::param(v.text);
    case Kind::Attr: return attribute(program_.objects[v.object], v.text);
    case Kind::List: {
      std::vector<PValue> items;
      for (const ir::Value& item : v.items) items.push_back(value(item));
      return PValue::list(std::move(items));
    }
    case Kind::Map: {
      model::Fields fields;
      for (const auto& [k, item] : v.entries) fields.emplace_back(k, value(item));
      return PValue::object(std::move(fields));
    }
    case Kind::Concat: {
      std::vector<PValue> parts;
      for (const ir::Value& item : v.items) parts.push_back(value(item));
      return PValue::concat(std::move(parts));
    }
  }
  return PValue::null();
}

PValue Context::text(std::vector<PValue> parts) {
  std::vector<PValue> merged;
  for (PValue& part : parts) {
    if (part.kind == PValue::Kind::Concat) {
      for (PValue& inner : part.items) merged.push_back(std::move(inner));
      continue;
    }
    if (part.kind == PValue::Kind::String && !merged.empty() && merged.back().kind == PValue::Kind::String)
      merged.back().text += part.text;
    else
      merged.push_back(std::move(part));
  }
  if (merged.size() == 1 && merged.front().kind == PValue::Kind::String) return std::move(merged.front());
  return PValue::concat(std::move(merged));
}

PValue Context::attribute(const ir::Object& o, std::string_view attr) {
  const KindLowering& k = loweringOf(o.kind);
  if (!k.attribute) throw std::logic_error("lowering: kind '" + o.kind + "' has no attributes to read");
  return k.attribute(*this, o, attr);
}

PValue Context::dimension(const ir::Object& o, std::string_view dimension) {
  const KindLowering& k = loweringOf(o.kind);
  return k.dimension ? k.dimension(*this, o, dimension) : attribute(o, "id");
}

const ir::Object& Context::object(const ir::typed::Ref& ref) const {
  const ir::Object* o = ref.object(program_);
  if (!o) throw std::logic_error("lowering: required reference '" + ref.path() + "' of " + ref.owner().name + " is absent");
  return *o;
}

const std::vector<const ir::Object*>& Context::referrers(const ir::Object& target, std::string_view kind,
                                                         std::string_view field) {
  size_t index = static_cast<size_t>(&target - program_.objects.data());
  std::string indexed = fmt::format("{}\n{}", kind, field);
  if (once("referrers:" + indexed)) {
    for (const ir::Object& o : program_.objects) {
      if (o.kind != kind) continue;
      if (const ir::Value* v = o.field(field))
        eachReference(*v, [&](uint32_t to) {
          auto& list = referrers_[{to, std::string(kind), std::string(field)}];
          if (list.empty() || list.back() != &o) list.push_back(&o);
        });
    }
  }
  static const std::vector<const ir::Object*> kNone;
  auto it = referrers_.find(std::make_tuple(index, std::string(kind), std::string(field)));
  return it == referrers_.end() ? kNone : it->second;
}

model::Resource& Context::add(std::string type, std::string id, const ir::Object& owner) {
  model::Resource r;
  r.type = std::move(type);
  r.id = std::move(id);
  const ir::Object* cond = current_ ? current_ : &owner;
  r.owner = cond->name;
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

std::string Context::partitionOf(std::string_view region) {
  // AWS's partitions by region name (the ARN prefix differs in each).
  if (region.starts_with("cn-")) return "aws-cn";
  if (region.starts_with("us-gov-")) return "aws-us-gov";
  if (region.starts_with("us-isob-")) return "aws-iso-b";
  if (region.starts_with("us-iso-")) return "aws-iso";
  if (region.starts_with("eu-isoe-")) return "aws-iso-e";
  if (region.starts_with("eusc-")) return "aws-eusc";
  return "aws";
}

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

model::Stack lowerProgram(const ir::Program& program, DiagnosticSink& diags, Targets building,
                          const assets::Assets& assets) {
  Context ctx(program, diags, building, assets);
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
    if (p.name_constraint)
      mp.name_constraint = model::NameConstraint{p.name_constraint->max_length, p.name_constraint->pattern,
                                                 p.name_constraint->description};
    stack.params.push_back(std::move(mp));
  }
  for (const ir::Object& o : program.objects) {
    const KindLowering& k = loweringOf(o.kind);
    if (!k.lower) continue;  // not_lowered says why (the registry test checks every kind has one or the other)
    ctx.setCurrent(&o);
    k.lower(ctx, o);
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

}  // namespace migc::lower
