// A declaration's body checked against its kind's schema: known fields,
// types (units included), ranges, required fields, defaults, nested blocks.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "sema/elaborator.h"
#include "syntax/literals.h"

namespace migc::sema {
namespace {

using Kind = ir::Value::Kind;
using Tag = TypeSpec::Tag;

std::optional<ir::Dimension> dimensionFor(Tag t) {
  if (t == Tag::Duration) return ir::Dimension::Duration;
  if (t == Tag::Size) return ir::Dimension::Size;
  if (t == Tag::Percent) return ir::Dimension::Percent;
  if (t == Tag::Money) return ir::Dimension::Money;
  return std::nullopt;
}

std::string formatBound(const TypeSpec& t, double bound) {
  if (auto d = dimensionFor(t.tag)) return ir::formatQuantity(bound, *d);
  return fmt::format("{}", bound);
}

// The first part of `v` known only at deploy time (a param, an attribute).
const ir::Value* deployTimePart(const ir::Value& v) {
  if (v.kind == Kind::Param || (v.kind == Kind::Attr && !v.text.empty())) return &v;
  for (const ir::Value& item : v.items)
    if (const ir::Value* p = deployTimePart(item)) return p;
  for (const auto& [k, item] : v.entries)
    if (const ir::Value* p = deployTimePart(item)) return p;
  return nullptr;
}

}  // namespace

bool Elaborator::checkValue(ir::Value& v, const TypeSpec& type, SourceRange where, std::string_view field) {
  if (v.kind == Kind::Null) return false;  // reported where it was produced
  auto mismatch = [&](std::string hint = {}) {
    auto d = diags_.report(DiagKind::TypeMismatch, where, type.describe(), describe(v));
    if (!hint.empty()) d.help(hint);
    return false;
  };
  std::string param_type;
  if (v.kind == Kind::Param) {
    const Global* g = findGlobal(v.text);
    param_type = g ? g->type : std::string_view();
  }
  switch (type.tag) {
    case Tag::Any: return true;
    case Tag::String:
      if (v.kind == Kind::String || v.kind == Kind::Concat || param_type == "string") return true;
      if (v.kind == Kind::Attr && !v.text.empty()) return true;
      return mismatch();
    case Tag::Int:
      if (v.kind == Kind::Int || param_type == "int") return true;
      if (v.kind == Kind::Number && std::floor(v.number) == v.number) { v = ir::Value::ofInt(int64_t(v.number)); return true; }
      return mismatch();
    case Tag::Number:
      if (v.kind == Kind::Int) { v = ir::Value::ofNumber(v.number); return true; }
      if (v.kind == Kind::Number || param_type == "number" || param_type == "int") return true;
      return mismatch();
    case Tag::Bool:
      if (v.kind == Kind::Bool || param_type == "bool") return true;
      return mismatch();
    case Tag::Duration: case Tag::Size: case Tag::Percent: case Tag::Money:
      if (v.kind == Kind::Quantity && v.dimension == *dimensionFor(type.tag)) return true;
      if (v.kind == Kind::Int || v.kind == Kind::Number)
        return mismatch(type.tag == Tag::Duration ? "write the unit, e.g. 7d, 300s or 5m"
                        : type.tag == Tag::Size   ? "write the unit, e.g. 100GiB"
                                                  : "write the unit, e.g. 80%");
      return mismatch();
    case Tag::Enum:
      if (v.kind == Kind::String || v.kind == Kind::Enum) {
        for (const std::string& allowed : type.values)
          if (allowed == v.text) { v.kind = Kind::Enum; return true; }
        diags_.report(DiagKind::InvalidEnumValue, where, v.text, type.describe());
        return false;
      }
      if (v.kind == Kind::Bool) {  // `rotation = false` reads as off
        std::string word = v.boolean ? "on" : "off";
        for (const std::string& allowed : type.values)
          if (allowed == word) { v = ir::Value::ofEnum(word); return true; }
      }
      if (const ir::Value* part = deployTimePart(v)) {
        diags_.report(DiagKind::DeployTimeValueInConstantField, where, field, describe(*part))
            .help("write one of the words: " + type.describe().substr(7));
        return false;
      }
      return mismatch();
    case Tag::List: {
      if (v.kind != Kind::List) {  // a single value where a list is expected
        ir::Value single = v;
        v = ir::Value{};
        v.kind = Kind::List;
        v.range = single.range;
        v.items.push_back(std::move(single));
      }
      bool ok = true;
      for (ir::Value& item : v.items)
        ok &= checkValue(item, *type.element, item.range.file.valid() ? item.range : where, field);
      return ok;
    }
    case Tag::Map: {
      if (v.kind != Kind::Map || v.text == "engine") return mismatch();
      bool ok = true;
      for (auto& [k, item] : v.entries)
        ok &= checkValue(item, *type.element, item.range.file.valid() ? item.range : where, field);
      return ok;
    }
    case Tag::Ref:
      if (v.kind == Kind::Attr && v.text.empty() &&
          type.refAccepts(program_.objects[v.object].kind))
        return true;
      return mismatch();
    case Tag::Engine:
      if (v.kind == Kind::Map && v.text == "engine") return true;
      return mismatch("engines are written as calls: aurora_postgresql(\"16.4\"), postgres(\"15\"), oracle(\"19\")");
    case Tag::Metric: {
      const KindSchema* k = kindOf(v);
      const AttributeSchema* a = k ? k->findAttribute(v.text) : nullptr;
      if (a && a->metric) return true;
      return mismatch();
    }
    case Tag::Block:
      if (v.kind == Kind::Map) return true;
      return mismatch(fmt::format("write it as a block: {} {{ ... }}", field));
  }
  return false;
}

namespace {

bool outOfRange(const ir::Value& v, const FieldSchema& f, std::string& bounds) {
  if (!(v.kind == Kind::Int || v.kind == Kind::Number || v.kind == Kind::Quantity)) return false;
  if ((f.min && v.number < *f.min) || (f.max && v.number > *f.max)) {
    if (f.min && f.max) bounds = fmt::format("from {} to {}", formatBound(f.type, *f.min), formatBound(f.type, *f.max));
    else if (f.min) bounds = fmt::format("at least {}", formatBound(f.type, *f.min));
    else bounds = fmt::format("at most {}", formatBound(f.type, *f.max));
    return true;
  }
  return false;
}

std::string valueText(const ir::Value& v) {
  if (v.kind == Kind::Quantity) return ir::formatQuantity(v.number, v.dimension);
  if (v.kind == Kind::Int) return fmt::format("{}", v.integer);
  return fmt::format("{}", v.number);
}

}  // namespace

// Every declared kind but the migration is regional: `region = "eu-west-1"`
// places it in one of the migration's regions (default: the primary). The
// field is shared rather than repeated in each kind's schema, so kinds added
// later get it too.
const FieldSchema* regionFieldFor(const KindSchema& schema, std::string_view prefix) {
  static const FieldSchema kRegion{"region", types::string(), false, std::nullopt, std::nullopt, std::nullopt,
                                   "The region the declaration is placed in (one of the migration's regions; "
                                   "default: the primary)."};
  if (!prefix.empty() || schema.name == "migration" || findKind(schema.name) != &schema) return nullptr;
  return &kRegion;
}

const FieldSchema* tagsFieldFor(const KindSchema& schema, std::string_view prefix) {
  static const FieldSchema kTags{"tags", types::mapOf(types::any()), false, std::nullopt, std::nullopt, std::nullopt,
                                 "Tags for every resource the declaration makes, merged over the migration's tags "
                                 "(the declaration's value wins on the same key)."};
  return regionFieldFor(schema, prefix) ? &kTags : nullptr;
}

// Fills `out` with the defaults of a block schema that was not written.
static ir::Value defaultsOf(const KindSchema& schema) {
  ir::Value out;
  out.kind = Kind::Map;
  for (const FieldSchema& f : schema.fields) {
    if (f.type.tag == Tag::Block && f.default_value && !f.type.repeated)
      out.entries.emplace_back(f.name, defaultsOf(*f.type.block));
    else if (f.default_value)
      out.entries.emplace_back(f.name, *f.default_value);
  }
  return out;
}

std::shared_ptr<const ir::Value> Elaborator::defaultsFor(const KindSchema& schema) {
  std::shared_ptr<const ir::Value>& shared = defaults_[&schema];
  if (!shared) shared = std::make_shared<const ir::Value>(defaultsOf(schema));
  return shared;
}

void Elaborator::elaborateBody(const Ast& ast, NodeId body, const KindSchema& schema, ir::Object& object,
                               const std::string& prefix, ir::Value& out, std::vector<std::string>* withheld) {
  out.kind = Kind::Map;
  // By schema entry: a body sets a handful of fields, so a linear search
  // over pointers beats ordered maps of copied names.
  std::vector<std::pair<const FieldSchema*, SourceRange>> seen;
  std::vector<const FieldSchema*> attempted;  // written, even if the value was wrong
  auto seenAt = [&](const FieldSchema* f) {
    return std::find_if(seen.begin(), seen.end(), [&](const auto& s) { return s.first == f; });
  };
  auto setField = [&](const FieldSchema& f, ir::Value v, SourceRange where, SourceRange key_range) {
    if (auto it = seenAt(&f); it != seen.end() && !f.type.repeated) {
      diags_.report(DiagKind::DuplicateField, key_range, f.name).note("first set here", it->second);
      return;
    }
    if (seenAt(&f) == seen.end()) seen.emplace_back(&f, key_range);
    object.field_ranges.emplace_back(prefix + f.name, where);
    if (const ir::Value* part = f.constant ? deployTimePart(v) : nullptr) {
      diags_.report(DiagKind::DeployTimeValueInConstantField, where, f.name, describe(*part));
      return;
    }
    std::string bounds;
    if (outOfRange(v, f, bounds)) {
      diags_.report(DiagKind::ValueOutOfRange, where, valueText(v), f.name, bounds);
      return;
    }
    if (f.type.repeated) {
      ir::Value* list = const_cast<ir::Value*>(out.get(f.name));
      if (!list) {
        ir::Value empty;
        empty.kind = Kind::List;
        out.entries.emplace_back(f.name, empty);
        list = &out.entries.back().second;
      }
      list->items.push_back(std::move(v));
    } else {
      out.entries.emplace_back(f.name, std::move(v));
    }
  };

  std::function<void(NodeId)> walk;
  std::function<void(NodeId)> walkItem = [&](NodeId item) {
      const Node& n = ast.node(item);
      for (NodeId a : ast.list(n.list2)) recordAnnotation(ast, a, object);
      switch (n.kind) {
        case NodeKind::Attribute: {
          const Node& key = ast.node(n.a);
          std::string name = key.kind == NodeKind::Name ? std::string(ast.str(key.name)) : evalString(ast, n.a).text;
          const FieldSchema* f = schema.findField(name);
          if (!f && name == "region") f = regionFieldFor(schema, prefix);
          if (!f && name == "tags") f = tagsFieldFor(schema, prefix);
          if (!f) {
            reportUnknownField(schema, name, range(ast, n.a));
            eval(ast, n.b);  // still report problems inside the value
            return;
          }
          attempted.push_back(f);
          ir::Value v = eval(ast, n.b, &f->type);
          SourceRange where = range(ast, n.b);
          if (v.kind == Kind::Null) return;
          if (f->type.tag == Tag::Block && v.kind == Kind::Map) {
            // `backup = { retention = 7d }` is the same as `backup { ... }`.
            ir::Value filled = defaultsOf(*f->type.block);
            for (auto& [k, val] : v.entries) {
              const FieldSchema* inner = f->type.block->findField(k);
              if (!inner) { reportUnknownField(*f->type.block, k, val.range); continue; }
              if (!checkValue(val, inner->type, val.range, k)) continue;
              if (const ir::Value* part = inner->constant ? deployTimePart(val) : nullptr) {
                diags_.report(DiagKind::DeployTimeValueInConstantField, val.range, k, describe(*part));
                continue;
              }
              bool replaced = false;
              for (auto& [fk, fv] : filled.entries)
                if (fk == k) { fv = val; replaced = true; }
              if (!replaced) filled.entries.emplace_back(k, val);
            }
            setField(*f, std::move(filled), where, range(ast, n.a));
            return;
          }
          if (!checkValue(v, f->type, where, name)) return;
          if (f == regionFieldFor(schema, prefix) && !checkRegion(v, where)) return;
          setField(*f, std::move(v), where, range(ast, n.a));
          break;
        }
        case NodeKind::Block: {
          std::string name(ast.str(n.name));
          const FieldSchema* f = schema.findField(name);
          SourceRange head{ast.file(), n.begin, n.begin + static_cast<uint32_t>(name.size())};
          if (!f || f->type.tag != Tag::Block) {
            if (f) diags_.report(DiagKind::TypeMismatch, head, f->type.describe(), "a block");
            else reportUnknownField(schema, name, head);
            return;
          }
          if (n.a || n.b)
            diags_.report(DiagKind::MisplacedItem, range(ast, n.a ? n.a : n.b),
                          fmt::format("a nested '{}' block takes no name or condition", name));
          attempted.push_back(f);
          ir::Value nested;
          elaborateBody(ast, n.c, *f->type.block, object, prefix + name + ".", nested);
          setField(*f, std::move(nested), range(ast, item), head);
          break;
        }
        case NodeKind::If: {
          std::optional<bool> c = ifCondition(ast, n.a);
          if (!c) break;
          if (*c) walk(n.b);
          else if (n.c && ast.node(n.c).kind == NodeKind::If) walkItem(n.c);
          else if (n.c) walk(n.c);
          break;
        }
        case NodeKind::For:
          forLoop(ast, n, [&] { walk(n.c); });
          break;
        case NodeKind::Error: break;
        default:
          diags_.report(DiagKind::MisplacedItem, range(ast, item),
                        fmt::format("a {} cannot appear inside a '{}' block", nodeKindName(n.kind), schema.name));
      }
  };
  walk = [&](NodeId container) {
    for (NodeId item : ast.list(ast.node(container).list)) walkItem(item);
  };
  walk(body);

  for (const FieldSchema& f : schema.fields) {
    if (seenAt(&f) != seen.end() || std::find(attempted.begin(), attempted.end(), &f) != attempted.end()) {
      // Written but rejected: it has no value, not even its default.
      if (withheld && f.default_value && !out.get(f.name)) withheld->push_back(f.name);
      continue;
    }
    if (withheld && f.default_value) continue;  // the caller shares the schema's defaults
    if (f.type.tag == Tag::Block && f.default_value && !f.type.repeated)
      out.entries.emplace_back(f.name, defaultsOf(*f.type.block));
    else if (f.default_value)
      out.entries.emplace_back(f.name, *f.default_value);
    else if (f.required) {
      auto d = diags_.report(DiagKind::MissingField, object.name_range, schema.name, f.name);
      d.help(fmt::format("add `{}{}` ({})", f.name, f.type.tag == Tag::Block ? " { ... }" : " = ...", f.doc));
    }
  }
}

bool Elaborator::checkRegion(const ir::Value& v, SourceRange where) {
  if (v.kind != Kind::String) {
    diags_.report(DiagKind::RegionNotConstant, where)
        .help("regions decide where resources are created and must be known when migc runs; "
              "loop over a let instead: let regions = [...]  for r in regions { ... region = r ... }");
    return false;
  }
  for (const std::string& r : program_.regions)
    if (r == v.text) return true;
  std::string list;
  for (const std::string& r : program_.regions) list += (list.empty() ? "" : ", ") + r;
  auto d = diags_.report(DiagKind::RegionNotInMigration, where, v.text);
  d.note("the migration's regions are set here", program_.migration_range);
  NameSuggester suggest(v.text);
  for (const std::string& r : program_.regions) suggest.consider(r);
  if (const std::string& best = suggest.best(); !best.empty())
    d.fix(where, "\"" + best + "\"").help(fmt::format("did you mean '{}'? the migration's regions are {}", best, list));
  else
    d.help(fmt::format("add '{}' to the migration's regions (now {})", v.text, list));
  return false;
}

void Elaborator::reportUnknownField(const KindSchema& schema, std::string_view name, SourceRange where) {
  if (const KindSchema::NotApplicable* na = schema.findNotApplicable(name)) {
    diags_.report(DiagKind::FieldNotApplicable, where, schema.name, name, na->reason).help(na->help);
    return;
  }
  auto d = diags_.report(DiagKind::UnknownField, where, schema.name, name);
  NameSuggester suggest(name);
  for (const FieldSchema& f : schema.fields) suggest.consider(f.name);
  if (const std::string& best = suggest.best(); !best.empty())
    d.fix(where, best).help(fmt::format("did you mean '{}'?", best));
}

}  // namespace migc::sema
