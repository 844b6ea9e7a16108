#include "lsp/snippets.h"

#include <fmt/format.h>

#include "sema/schema_text.h"

namespace migc::lsp {
namespace {

using Tag = sema::TypeSpec::Tag;
using sema::SymbolIndex;

// A value of a unit type within the field's bounds.
std::string quantityExample(const sema::FieldSchema& f) {
  double v = f.type.tag == Tag::Duration ? 3600 : f.type.tag == Tag::Size ? 20.0 * (1ull << 30) : f.type.tag == Tag::Money ? 500 : 80;
  if (f.min && v < *f.min) v = *f.min;
  if (f.max && v > *f.max) v = *f.max;
  return sema::literalText(ir::Value::ofQuantity(v, f.type.tag == Tag::Duration ? ir::Dimension::Duration
                                                     : f.type.tag == Tag::Size  ? ir::Dimension::Size
                                                     : f.type.tag == Tag::Money ? ir::Dimension::Money
                                                                                : ir::Dimension::Percent),
                           f.type.tag);
}

std::string newestVersion(const Analysis& a, const sema::EngineFunction& e) {
  const checks::EngineInfo* info = a.stdlib ? a.stdlib->engine(e.engine) : nullptr;
  if (info)
    for (auto it = info->versions.rbegin(); it != info->versions.rend(); ++it)
      if (!it->deprecated) return it->version;
  return "19";
}

// A declared object of a kind the reference accepts, else the name of
// such a kind (a program that names its objects after their kinds checks).
std::string referenceExample(const Analysis& a, const sema::TypeSpec& t) {
  for (const SymbolIndex::Declaration& d : a.symbols.declarations)
    if (d.kind == SymbolIndex::Kind::Object && t.refAccepts(d.object_kind)) return d.name;
  for (const sema::KindSchema* k : sema::allKinds())
    if (k->name != "migration" && t.refAccepts(k->name)) return k->name;
  return "name";
}

// `object.metric` of a declared object, else of a kind that has metrics.
std::string metricExample(const Analysis& a) {
  for (const SymbolIndex::Declaration& d : a.symbols.declarations)
    if (const sema::KindSchema* k = d.kind == SymbolIndex::Kind::Object ? sema::findKind(d.object_kind) : nullptr)
      for (const sema::AttributeSchema& attr : k->attributes)
        if (attr.metric) return d.name + "." + attr.name;
  for (const sema::KindSchema* k : sema::allKinds())
    for (const sema::AttributeSchema& attr : k->attributes)
      if (attr.metric) return k->name + "." + attr.name;
  return "name.metric";
}

std::string requiredFields(const Query& q, const sema::KindSchema& k, int& tab, const std::string& indent) {
  std::string out;
  for (const sema::FieldSchema& f : k.fields) {
    if (!f.required) continue;
    if (f.type.tag == Tag::Block) {
      out += indent + f.name + " {\n" + requiredFields(q, *f.type.block, tab, indent + "  ") + indent + "}\n";
      continue;
    }
    out += fmt::format("{}{} = ${{{}:{}}}\n", indent, f.name, tab++, snippetEscape(placeholderValue(q.analysis, f)));
  }
  return out;
}

}  // namespace

std::string snippetEscape(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '$' || c == '}' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

std::string placeholderValue(const Analysis& a, const sema::FieldSchema& f) {
  if (std::string d = sema::defaultText(f); !d.empty() && f.type.tag != Tag::Map) return d;
  switch (f.type.tag) {
    case Tag::String: return "\"\"";
    case Tag::Int: case Tag::Number: return fmt::format("{}", f.min ? *f.min : f.max && *f.max < 1 ? *f.max : 1);
    case Tag::Bool: return "true";
    case Tag::Duration: case Tag::Size: case Tag::Percent: case Tag::Money: return quantityExample(f);
    case Tag::Enum: return f.type.values.empty() ? "" : f.type.values[0];
    case Tag::Ref: return referenceExample(a, f.type);
    case Tag::Engine: {
      const sema::EngineFunction& e = sema::engineFunctions()[0];
      return fmt::format("{}(\"{}\")", e.function, newestVersion(a, e));
    }
    case Tag::Metric: return metricExample(a);
    case Tag::List:
      if (f.type.element && f.type.element->tag == Tag::Ref) return "[" + referenceExample(a, *f.type.element) + "]";
      return "[]";
    case Tag::Map: return "{}";
    default: return "null";
  }
}

std::string fieldSnippet(const Query& q, const sema::FieldSchema& f) {
  const sema::TypeSpec& t = f.type;
  if (t.tag == Tag::Enum || t.tag == Tag::Bool) {
    std::vector<std::string> choices = t.tag == Tag::Bool ? std::vector<std::string>{"true", "false"} : t.values;
    std::string first = placeholderValue(q.analysis, f);
    std::string list = first;
    for (const std::string& c : choices)
      if (c != first) list += "," + c;
    return fmt::format("{} = ${{1|{}|}}", f.name, list);
  }
  return fmt::format("{} = ${{1:{}}}", f.name, snippetEscape(placeholderValue(q.analysis, f)));
}

std::string kindSnippet(const Query& q, const sema::KindSchema& k) {
  int tab = 2;
  std::string body = requiredFields(q, k, tab, "  ");
  return fmt::format("{} ${{1:name}} {{\n{}  $0\n}}", k.name, body);
}

std::string blockSnippet(const Query& q, const std::string& name, const sema::KindSchema& k) {
  int tab = 1;
  std::string body = requiredFields(q, k, tab, "  ");
  return fmt::format("{} {{\n{}  $0\n}}", name, body);
}

std::string engineSnippet(const Query& q, const sema::EngineFunction& e) {
  return fmt::format("{}(\"${{1:{}}}\")", e.function, snippetEscape(newestVersion(q.analysis, e)));
}

}  // namespace migc::lsp
