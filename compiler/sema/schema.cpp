#include "sema/schema.h"

#include <array>

namespace migc::sema {

namespace {

// "strings", "references to topics": how an element type reads after "a list of".
std::string plural(const TypeSpec& t) {
  switch (t.tag) {
    case TypeSpec::Tag::String: return "strings";
    case TypeSpec::Tag::Int: return "integers";
    case TypeSpec::Tag::Number: return "numbers";
    case TypeSpec::Tag::Bool: return "booleans";
    case TypeSpec::Tag::Duration: return "durations";
    case TypeSpec::Tag::Size: return "data sizes";
    case TypeSpec::Tag::Percent: return "percentages";
    case TypeSpec::Tag::Money: return "amounts of money";
    case TypeSpec::Tag::Ref: {
      if (t.ref_kind.empty()) return "references";
      std::string kinds = t.ref_kind;
      for (size_t bar; (bar = kinds.find('|')) != std::string::npos;) kinds.replace(bar, 1, "s or ");
      return "references to " + kinds + "s";
    }
    case TypeSpec::Tag::Enum: return "values (" + t.describe() + ")";
    default: return "values";
  }
}

}  // namespace

std::string TypeSpec::describe() const {
  switch (tag) {
    case Tag::Any: return "any value";
    case Tag::String: return "a string";
    case Tag::Int: return "an integer";
    case Tag::Number: return "a number";
    case Tag::Bool: return "a boolean";
    case Tag::Duration: return "a duration";
    case Tag::Size: return "a data size";
    case Tag::Percent: return "a percentage";
    case Tag::Money: return "an amount of money (USD)";
    case Tag::Enum: {
      std::string out = "one of ";
      for (size_t i = 0; i < values.size(); ++i) out += (i ? ", " : "") + values[i];
      return out;
    }
    case Tag::List: return "a list of " + (element ? plural(*element) : "values");
    case Tag::Map: return "a map of " + (element ? plural(*element) : "values");
    case Tag::Ref: {
      if (ref_kind.empty()) return "a reference to a declaration";
      std::string kinds = ref_kind;
      for (size_t bar; (bar = kinds.find('|')) != std::string::npos;) kinds.replace(bar, 1, " or ");
      return "a reference to a " + kinds;
    }
    case Tag::Block: return "a block";
    case Tag::Engine: return "an engine such as aurora_postgresql(\"16.4\")";
    case Tag::Metric: return "a metric such as aurora.cpu";
  }
  return "a value";
}

namespace types {
namespace {
TypeSpec of(TypeSpec::Tag t) {
  TypeSpec s;
  s.tag = t;
  return s;
}
}  // namespace
TypeSpec any() { return of(TypeSpec::Tag::Any); }
TypeSpec string() { return of(TypeSpec::Tag::String); }
TypeSpec integer() { return of(TypeSpec::Tag::Int); }
TypeSpec number() { return of(TypeSpec::Tag::Number); }
TypeSpec boolean() { return of(TypeSpec::Tag::Bool); }
TypeSpec duration() { return of(TypeSpec::Tag::Duration); }
TypeSpec size() { return of(TypeSpec::Tag::Size); }
TypeSpec percent() { return of(TypeSpec::Tag::Percent); }
TypeSpec money() { return of(TypeSpec::Tag::Money); }
TypeSpec engine() { return of(TypeSpec::Tag::Engine); }
TypeSpec oneOf(std::vector<std::string> values) {
  TypeSpec s = of(TypeSpec::Tag::Enum);
  s.values = std::move(values);
  return s;
}
TypeSpec listOf(TypeSpec element) {
  TypeSpec s = of(TypeSpec::Tag::List);
  s.element = std::make_shared<const TypeSpec>(std::move(element));
  return s;
}
TypeSpec mapOf(TypeSpec element) {
  TypeSpec s = of(TypeSpec::Tag::Map);
  s.element = std::make_shared<const TypeSpec>(std::move(element));
  return s;
}
TypeSpec ref(std::string kind) {
  TypeSpec s = of(TypeSpec::Tag::Ref);
  s.ref_kind = std::move(kind);
  return s;
}
TypeSpec refOneOf(const std::vector<std::string>& kinds) {
  std::string joined;
  for (const std::string& k : kinds) joined += (joined.empty() ? "" : "|") + k;
  return ref(std::move(joined));
}
TypeSpec block(const KindSchema& schema, bool repeated) {
  TypeSpec s = of(TypeSpec::Tag::Block);
  s.block = &schema;
  s.repeated = repeated;
  return s;
}
}  // namespace types

FieldSchema& KindSchema::field(std::string name, TypeSpec type, std::string doc) {
  fields.push_back(FieldSchema{std::move(name), std::move(type), false, std::nullopt,
                               std::nullopt, std::nullopt, std::move(doc)});
  return fields.back();
}

KindSchema& KindSchema::attribute(std::string name, TypeSpec type, std::string doc) {
  attributes.push_back({std::move(name), std::move(type), std::move(doc), std::nullopt});
  return *this;
}

KindSchema& KindSchema::metric(std::string name, MetricInfo info, std::string doc) {
  TypeSpec t;
  t.tag = TypeSpec::Tag::Metric;
  attributes.push_back({std::move(name), t, std::move(doc), std::move(info)});
  return *this;
}

KindSchema& KindSchema::notApplicable(std::string name, std::string reason, std::string help) {
  not_applicable.push_back({std::move(name), std::move(reason), std::move(help)});
  return *this;
}

const KindSchema::NotApplicable* KindSchema::findNotApplicable(std::string_view n) const {
  for (const NotApplicable& f : not_applicable)
    if (f.name == n) return &f;
  return nullptr;
}

const FieldSchema* KindSchema::findField(std::string_view n) const {
  for (const FieldSchema& f : fields)
    if (f.name == n) return &f;
  return nullptr;
}

const AttributeSchema* KindSchema::findAttribute(std::string_view n) const {
  for (const AttributeSchema& a : attributes)
    if (a.name == n) return &a;
  return nullptr;
}

// One function per kind, each in its own file under kinds/.
#define MIG_KIND(Name, Function) const KindSchema& Function();
#include "sema/kinds/kinds.def"
#undef MIG_KIND

std::span<const KindSchema* const> allKinds() {
  static const std::array kAll = {
#define MIG_KIND(Name, Function) &Function(),
#include "sema/kinds/kinds.def"
#undef MIG_KIND
  };
  return kAll;
}

const KindSchema* findKind(std::string_view name) {
  for (const KindSchema* k : allKinds())
    if (k->name == name) return k;
  return nullptr;
}

bool TypeSpec::refAccepts(std::string_view kind) const {
  if (ref_kind.empty()) return true;
  std::string_view rest = ref_kind;
  while (true) {
    size_t bar = rest.find('|');
    if (rest.substr(0, bar) == kind) return true;
    if (bar == std::string_view::npos) return false;
    rest.remove_prefix(bar + 1);
  }
}

}  // namespace migc::sema
