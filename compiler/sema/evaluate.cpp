// Expressions: constant folding with units, symbolic values for deploy-time
// parameters and resource attributes, and name resolution.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "sema/elaborator.h"
#include "syntax/literals.h"

namespace migc::sema {
namespace {

using Kind = ir::Value::Kind;

std::string formatNumber(double d) {
  if (std::floor(d) == d && std::fabs(d) < 1e15) return fmt::format("{}", static_cast<int64_t>(d));
  return fmt::format("{}", d);
}

ir::Dimension dimensionOf(UnitDimension d) {
  switch (d) {
    case UnitDimension::Duration: return ir::Dimension::Duration;
    case UnitDimension::Size: return ir::Dimension::Size;
    case UnitDimension::Percent: return ir::Dimension::Percent;
    case UnitDimension::Money: return ir::Dimension::Money;
  }
  return ir::Dimension::Duration;
}

}  // namespace

std::string Elaborator::describe(const ir::Value& v) const {
  switch (v.kind) {
    case Kind::Null: return "null";
    case Kind::Bool: return "a boolean";
    case Kind::Int: return "an integer";
    case Kind::Number: return "a number";
    case Kind::String: case Kind::Concat: return "a string";
    case Kind::Enum: return fmt::format("the word '{}'", v.text);
    case Kind::Quantity:
      return v.dimension == ir::Dimension::Duration ? "a duration"
             : v.dimension == ir::Dimension::Size   ? "a data size"
             : v.dimension == ir::Dimension::Money  ? "an amount of money"
                                                    : "a percentage";
    case Kind::List: return "a list";
    case Kind::Map: return v.text == "engine" ? "an engine" : "a map";
    case Kind::Param: {
      const Global* g = findGlobal(v.text);
      return fmt::format("the parameter '{}' ({})", v.text, g ? g->type : std::string_view("?"));
    }
    case Kind::Attr: {
      const ir::Object& o = program_.objects[v.object];
      if (v.text.empty()) return fmt::format("a reference to a {}", o.kind);
      const KindSchema* k = findKind(o.kind);
      const AttributeSchema* a = k ? k->findAttribute(v.text) : nullptr;
      if (a && a->metric) return fmt::format("the metric {}.{} ({})", o.name, v.text, a->metric->unit);
      return fmt::format("{}.{}", o.name, v.text);
    }
  }
  return "a value";
}

const KindSchema* Elaborator::kindOf(const ir::Value& ref) const {
  if (ref.kind != Kind::Attr || ref.object >= program_.objects.size()) return nullptr;
  return findKind(program_.objects[ref.object].kind);
}

std::string Elaborator::firstSymbolic(const ir::Value& v) const {
  if (v.kind == Kind::Param) return v.text;
  if (v.kind == Kind::Attr) return program_.objects[v.object].name + (v.text.empty() ? "" : "." + v.text);
  for (const ir::Value& item : v.items)
    if (auto s = firstSymbolic(item); !s.empty()) return s;
  for (const auto& [k, item] : v.entries)
    if (auto s = firstSymbolic(item); !s.empty()) return s;
  return {};
}

std::string Elaborator::suggestName(std::string_view name) const {
  NameSuggester suggest(name);
  for (const auto& scope : locals_)
    for (const auto& [n, v] : scope) suggest.consider(n);
  std::vector<std::string_view> names;  // in name order: on a tie the first wins
  names.reserve(globals_.size());
  for (const Global& g : globals_) names.push_back(g.name);
  std::sort(names.begin(), names.end());
  for (std::string_view n : names) suggest.consider(n);
  return suggest.best();
}

std::string Elaborator::resolveShortName(std::string_view name) const {
  for (int i = instance_; i >= 0; i = instances_[static_cast<size_t>(i)].parent) {
    const Instance& in = instances_[static_cast<size_t>(i)];
    if (auto it = in.members.find(name); it != in.members.end()) return it->second;
  }
  return std::string(name);
}

const Instance* Elaborator::findInstance(std::string_view name) const {
  auto it = instance_index_.find(resolveShortName(name));
  return it == instance_index_.end() ? nullptr : &instances_[it->second];
}

ir::Value Elaborator::globalValue(const Ast& ast, NodeId id, Global& g) {
  // Each use copies the value: that copying is work too.
  if (g.value >= 0) {
    if (!work(let_sizes_[static_cast<size_t>(g.value)], range(ast, id))) return {};
    return let_values_[static_cast<size_t>(g.value)];
  }
  if (g.evaluating) {
    auto d = diags_.report(DiagKind::LetCycle, range(ast, id), g.name);
    for (const std::string& step : let_stack_)
      d.note(fmt::format("'{}' is part of the cycle", step), findGlobal(step)->range);
    return {};
  }
  if (let_stack_.size() >= kMaxLetDepth) {
    overLimit("let references", kMaxLetDepth, range(ast, id), true);
    return {};
  }
  g.evaluating = true;
  let_stack_.push_back(g.name);
  ir::Value v;
  inScopeOf(g, [&] { v = eval(*g.ast, g.ast->node(g.node).b); });
  let_stack_.pop_back();
  g.evaluating = false;
  g.value = keepLetValue(v);
  return v;
}

ir::Value Elaborator::instanceOutput(const Ast& ast, NodeId member, const Instance& instance, std::string_view output) {
  auto it = instance.members.find(output);
  Global* g = it == instance.members.end() ? nullptr : findGlobal(it->second);
  if (!g || g->kind != Global::Kind::Output) {
    auto d = diags_.report(DiagKind::UnknownAttribute, range(ast, member), instance.name,
                           fmt::format("component '{}'", instance.component->name), output);
    NameSuggester suggest(output);
    std::string outputs;
    for (const auto& [short_name, full] : instance.members)
      if (const Global* o = findGlobal(full); o && o->kind == Global::Kind::Output) {
        suggest.consider(short_name);
        outputs += (outputs.empty() ? "" : ", ") + short_name;
      }
    if (!suggest.best().empty()) d.help(fmt::format("did you mean '{}'?", suggest.best()));
    else
      d.help(outputs.empty() ? "an instance's members are the outputs its component's body declares; it declares none"
                             : fmt::format("an instance's members are its component's outputs: {}", outputs));
    return {};
  }
  recordUse(ast, member, *g);
  return globalValue(ast, member, *g);
}

ir::Value Elaborator::lookup(const Ast& ast, NodeId id, std::string_view name, const TypeSpec* hint) {
  for (auto scope = locals_.rbegin(); scope != locals_.rend(); ++scope)
    if (auto it = scope->find(name); it != scope->end()) return it->second;
  if (hint && hint->tag == TypeSpec::Tag::Enum) {
    for (const std::string& v : hint->values)
      if (v == name) return ir::Value::ofEnum(std::string(name));
  }
  if (Global* found = findGlobal(resolveShortName(name))) {
    Global& g = *found;
    recordUse(ast, id, g);
    switch (g.kind) {
      case Global::Kind::Param: return ir::Value::ofParam(g.name);
      case Global::Kind::Object: return ir::Value::ofAttr(static_cast<uint32_t>(g.object), "");
      case Global::Kind::Let: return globalValue(ast, id, g);
      case Global::Kind::Component:
      case Global::Kind::Output:
        diags_.report(DiagKind::MisplacedItem, range(ast, id),
                      fmt::format("'{}' is {} and has no value here", name,
                                  g.kind == Global::Kind::Component ? "a component" : "an output"));
        return {};
    }
  }
  if (const Instance* instance = findInstance(name)) {
    diags_.report(DiagKind::MisplacedItem, range(ast, id),
                  fmt::format("'{}' is a use of component '{}' and has no value itself", name, instance->component->name))
        .help(fmt::format("name one of its outputs: {}.OUTPUT", name));
    return {};
  }
  if (hint && hint->tag == TypeSpec::Tag::Enum) {
    diags_.report(DiagKind::InvalidEnumValue, range(ast, id), name, hint->describe());
    return {};
  }
  auto d = diags_.report(DiagKind::UnknownName, range(ast, id), name);
  if (std::string s = suggestName(name); !s.empty()) d.fix(range(ast, id), s).help(fmt::format("did you mean '{}'?", s));
  return {};
}

int Elaborator::keepLetValue(ir::Value v) {
  unsigned depth = 0;
  let_sizes_.push_back(valueCount(v, kMaxValueNodes, depth));
  let_values_.push_back(std::move(v));
  return static_cast<int>(let_values_.size() - 1);
}

ir::Value Elaborator::evalString(const Ast& ast, NodeId id) {
  const Node& n = ast.node(id);
  std::vector<ir::Value> parts;
  std::string text;
  bool symbolic = false;
  for (NodeId part : ast.list(n.list)) {
    const Node& p = ast.node(part);
    if (!stringFits(text.size(), range(ast, id))) return {};
    if (p.kind == NodeKind::StringText) {
      text += ast.str(p.name);
      continue;
    }
    ir::Value v = eval(ast, p.a);
    switch (v.kind) {
      case Kind::String: case Kind::Enum: text += v.text; break;
      case Kind::Int: text += fmt::format("{}", v.integer); break;
      case Kind::Number: text += formatNumber(v.number); break;
      case Kind::Bool: text += v.boolean ? "true" : "false"; break;
      case Kind::Param: case Kind::Attr: case Kind::Concat:
        if (!text.empty()) parts.push_back(ir::Value::ofString(std::move(text)));
        text.clear();
        if (v.kind == Kind::Concat) parts.insert(parts.end(), v.items.begin(), v.items.end());
        else parts.push_back(v);
        symbolic = true;
        break;
      case Kind::Null: break;  // already reported
      default:
        diags_.report(DiagKind::TypeMismatch, range(ast, p.a), "a string, number or boolean", describe(v));
    }
  }
  if (!stringFits(text.size(), range(ast, id))) return {};
  ir::Value out;
  if (!symbolic) {
    out = ir::Value::ofString(std::move(text));
  } else {
    if (!text.empty()) parts.push_back(ir::Value::ofString(std::move(text)));
    out.kind = Kind::Concat;
    out.items = std::move(parts);
  }
  out.range = range(ast, id);
  return out;
}

ir::Value Elaborator::eval(const Ast& ast, NodeId id, const TypeSpec* hint) {
  if (!id || exhausted_) return {};
  const Node& n = ast.node(id);
  ir::Value out;
  switch (n.kind) {
    case NodeKind::Number: {
      const NumberValue& v = ast.number(n);
      out = v.is_integer ? ir::Value::ofInt(v.integer) : ir::Value::ofNumber(v.value);
      break;
    }
    case NodeKind::UnitNumber: {
      const UnitInfo& u = unitInfo(Unit(n.op));
      out = ir::Value::ofQuantity(ast.number(n).value * u.factor, dimensionOf(u.dimension));
      break;
    }
    case NodeKind::Bool: out = ir::Value::ofBool(n.op != 0); break;
    case NodeKind::Null: out = {}; break;
    case NodeKind::String: return evalString(ast, id);
    case NodeKind::Name: out = lookup(ast, id, ast.str(n.name), hint); break;
    case NodeKind::Member: {
      std::string_view member = ast.str(n.name);
      // alias.name: a declaration of a file imported `as alias`.
      if (const Node& base = ast.node(n.a); base.kind == NodeKind::Name && aliases_.count(ast.str(base.name))) {
        out = lookup(ast, id, std::string(ast.str(base.name)) + "." + std::string(member), hint);
        break;
      }
      // instance.output: an output of a component's body.
      if (const Node& base = ast.node(n.a); base.kind == NodeKind::Name && !isLocal(ast.str(base.name)))
        if (const Instance* instance = findInstance(ast.str(base.name));
            instance && !findGlobal(resolveShortName(ast.str(base.name)))) {
          out = instanceOutput(ast, id, *instance, member);
          break;
        }
      ir::Value object = eval(ast, n.a);
      if (object.kind == Kind::Attr && object.text.empty()) {
        const KindSchema* k = kindOf(object);
        if (k && k->findAttribute(member)) {
          out = ir::Value::ofAttr(object.object, std::string(member));
          recordAttributeUse(ast, id, object.object, member);
        } else if (k) {
          auto d = diags_.report(DiagKind::UnknownAttribute, range(ast, id),
                                 program_.objects[object.object].name, k->name, member);
          NameSuggester suggest(member);
          for (const AttributeSchema& a : k->attributes) suggest.consider(a.name);
          if (!suggest.best().empty()) d.help(fmt::format("did you mean '{}'?", suggest.best()));
        }
      } else if (object.kind == Kind::Map) {
        if (const ir::Value* v = object.get(member)) out = *v;
        else diags_.report(DiagKind::UnknownAttribute, range(ast, id), "the map", "map", member);
      } else if (object.kind != Kind::Null) {
        diags_.report(DiagKind::TypeMismatch, range(ast, n.a), "a declaration or a map", describe(object));
      }
      break;
    }
    case NodeKind::Index: {
      ir::Value object = eval(ast, n.a);
      ir::Value index = eval(ast, n.b);
      if (object.kind == Kind::List && index.kind == Kind::Int) {
        if (index.integer >= 0 && static_cast<size_t>(index.integer) < object.items.size())
          out = object.items[static_cast<size_t>(index.integer)];
        else
          diags_.report(DiagKind::ValueOutOfRange, range(ast, n.b), index.integer, "index",
                        fmt::format("the list has {} elements", object.items.size()));
      } else if (object.kind == Kind::Map && index.kind == Kind::String) {
        if (const ir::Value* v = object.get(index.text)) out = *v;
        else diags_.report(DiagKind::UnknownAttribute, range(ast, n.b), "the map", "map", index.text);
      } else if (object.kind != Kind::Null && index.kind != Kind::Null) {
        diags_.report(DiagKind::InvalidOperands, range(ast, id), "[]", describe(object), describe(index));
      }
      break;
    }
    case NodeKind::Call: return call(ast, id);
    case NodeKind::Unary: {
      ir::Value v = eval(ast, n.a);
      if (Op(n.op) == Op::Not && v.kind == Kind::Bool) out = ir::Value::ofBool(!v.boolean);
      else if (Op(n.op) == Op::Neg && v.kind == Kind::Int && v.integer == INT64_MIN)
        diags_.report(DiagKind::IntegerOverflow, range(ast, id), fmt::format("-({})", v.integer));
      else if (Op(n.op) == Op::Neg && v.kind == Kind::Int) out = ir::Value::ofInt(-v.integer);
      else if (Op(n.op) == Op::Neg && v.kind == Kind::Number) out = ir::Value::ofNumber(-v.number);
      else if (Op(n.op) == Op::Neg && v.kind == Kind::Quantity) out = ir::Value::ofQuantity(-v.number, v.dimension);
      else if (v.kind == Kind::Param || v.kind == Kind::Attr)
        diags_.report(DiagKind::NotConstant, range(ast, id), "this expression", firstSymbolic(v));
      else if (v.kind != Kind::Null)
        diags_.report(DiagKind::InvalidOperands, range(ast, id), opSpelling(Op(n.op)), describe(v), "nothing");
      break;
    }
    case NodeKind::Binary: out = binary(ast, id); break;
    case NodeKind::Conditional: {
      ir::Value c = eval(ast, n.a);
      if (c.kind == Kind::Bool) return eval(ast, c.boolean ? n.b : n.c, hint);
      if (c.kind == Kind::Param || c.kind == Kind::Attr)
        diags_.report(DiagKind::NotConstant, range(ast, n.a), "a condition", firstSymbolic(c))
            .help("make the declaration conditional with `when` instead");
      else if (c.kind != Kind::Null)
        diags_.report(DiagKind::TypeMismatch, range(ast, n.a), "a boolean", describe(c));
      break;
    }
    case NodeKind::List: {
      out.kind = Kind::List;
      const TypeSpec* element = hint && hint->tag == TypeSpec::Tag::List ? hint->element.get() : nullptr;
      size_t values = 0;
      unsigned depth = 0;
      for (NodeId e : ast.list(n.list)) {
        out.items.push_back(eval(ast, e, element));
        if (!addValues(values, depth, out.items.back(), range(ast, e))) return {};
      }
      break;
    }
    case NodeKind::Comprehension: out = comprehension(ast, id); break;
    case NodeKind::Map: {
      out.kind = Kind::Map;
      size_t values = 0;
      unsigned depth = 0;
      for (NodeId e : ast.list(n.list)) {
        const Node& entry = ast.node(e);
        const Node& key = ast.node(entry.a);
        ir::Value k = key.kind == NodeKind::Name ? ir::Value::ofString(std::string(ast.str(key.name)))
                                                 : evalString(ast, entry.a);
        if (k.kind != Kind::String) {
          diags_.report(DiagKind::NotConstant, range(ast, entry.a), "a map key", firstSymbolic(k));
          continue;
        }
        out.entries.emplace_back(k.text, eval(ast, entry.b));
        out.entries.back().second.range = range(ast, entry.b);
        if (!addValues(values, depth, out.entries.back().second, range(ast, entry.b))) return {};
      }
      break;
    }
    default: break;  // Error nodes were reported by the parser.
  }
  out.range = range(ast, id);
  return out;
}

}  // namespace migc::sema
