#include "cloudformation/translate.h"

#include <map>
#include <set>
#include <stdexcept>

#include "cloudformation/aws_names.h"
#include "model/yaml_quote.h"

namespace migc::cloudformation {
namespace {

using model::PValue;
using K = PValue::Kind;
using Path = std::vector<std::string>;

Path split(std::string_view dotted) {
  Path out;
  while (!dotted.empty()) {
    size_t dot = dotted.find('.');
    out.emplace_back(dotted.substr(0, dot));
    dotted = dot == std::string_view::npos ? std::string_view{} : dotted.substr(dot + 1);
  }
  return out;
}

// The field `name` of `fields`, created (as an empty object) when absent.
PValue& slot(model::Fields& fields, const std::string& name) {
  for (auto& [k, v] : fields)
    if (k == name) return v;
  fields.emplace_back(name, PValue::object({}));
  return fields.back().second;
}

// The field at `path` under `root`, with the objects on the way created.
PValue& at(model::Fields& root, const Path& path) {
  model::Fields* fields = &root;
  for (size_t i = 0; i + 1 < path.size(); ++i) {
    PValue& next = slot(*fields, path[i]);
    if (next.kind != K::Object) next = PValue::object({});
    fields = &next.fields;
  }
  return slot(*fields, path.back());
}

void put(model::Fields& root, const Path& path, PValue value) { at(root, path) = std::move(value); }

// Appends `item` to the list at `path` under `root`.
void append(model::Fields& root, const Path& path, PValue item) {
  PValue& list = at(root, path);
  if (list.kind != K::List) list = PValue::list({});
  list.items.push_back(std::move(item));
}

// A constant or symbolic scalar as text (CloudFormation's string-typed
// numbers and attribute values).
PValue asText(const PValue& v) {
  switch (v.kind) {
    case K::Bool: return PValue::s(v.boolean ? "true" : "false");
    case K::Int: return PValue::s(std::to_string(v.integer));
    case K::Number: return PValue::s(model::formatNumber(v.number));
    default: return v;
  }
}

std::string capitalised(const std::string& key) {
  std::string out = key;
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

class Translator {
 public:
  explicit Translator(const model::Stack& in) : in_(in) {
    for (const model::Resource& r : in.resources) byId_[r.id] = &r;
  }

  Translated run(const std::function<bool(const model::Resource&)>& enough) {
    Translated out;
    bool stopped = false;
    out.stack = in_.withoutResources();
    std::map<std::string, model::Resource*> made;
    for (const model::Resource& r : in_.resources) {
      if (const Fold* f = foldOf(r.type)) {
        foldInto(r, *f, made);
        continue;
      }
      const TypeName* t = knownType(r.type);
      if (t && t->cfn.empty()) continue;  // a data source: read through pseudo parameters
      model::Resource c;
      c.id = r.id;
      c.owner = r.owner;
      c.type = t ? std::string(t->cfn) : r.type;
      c.condition = r.condition;
      c.region = r.region;
      c.account_wide = r.account_wide;
      if (t && t->stateful) c.deletion_policy = "Delete";
      c.depends_on = r.depends_on;
      properties(r, c.properties);
      if (t && !t->empty_map.empty() && !has(c.properties, t->empty_map))
        c.properties.emplace_back(std::string(t->empty_map), PValue::object({}));
      out.stack.resources.push_back(std::move(c));
      made[r.id] = &out.stack.resources.back();
      if (enough && enough(out.stack.resources.back())) {
        stopped = true;
        break;
      }
    }
    for (model::Resource& c : out.stack.resources) {
      std::vector<std::string> deps;
      // A Ref or GetAtt already orders the two: DependsOn on it is
      // redundant (cfn-lint W3005).
      std::set<std::string> seen;
      for (const auto& property : c.properties)
        property.second.any([&](const PValue& v) {
          if (v.isResourceRef()) seen.insert(folded_.count(v.ref) ? folded_[v.ref] : v.ref);
          return false;
        });
      for (const std::string& d : c.depends_on) {
        std::string to = folded_.count(d) ? folded_[d] : d;
        if (to == c.id || !made.count(to) || !seen.insert(to).second) continue;
        deps.push_back(to);
      }
      c.depends_on = std::move(deps);
    }
    if (stopped) out.stack.outputs.clear();
    for (model::Output& o : out.stack.outputs) o.value = value(o.value);
    out.untagged = std::move(untagged_);
    return out;
  }

 private:
  const model::Stack& in_;
  std::map<std::string, const model::Resource*> byId_;
  std::map<std::string, std::string> folded_;  // folded resource id -> the resource it went into
  std::vector<std::pair<std::string, std::string>> untagged_;

  static const TypeName* knownType(const std::string& type) {
    if (type.rfind("AWS::", 0) == 0) return nullptr;  // already CloudFormation's (CloudFormation-only resources)
    const TypeName* t = typeName(type);
    if (!t) throw std::logic_error("cloudformation: no CloudFormation type for " + type);
    return t;
  }

  void properties(const model::Resource& r, model::Fields& out) {
    const TypeName* t = knownType(r.type);
    for (size_t i = 0; i < r.properties.size(); ++i) {
      const auto& [name, v] = r.properties[i];
      if (name == "tags") {
        tags(r, t, v, out);
        continue;
      }
      if (v.kind == K::Block && !firstBlock(r.properties, i)) continue;  // gathered with the first
      place(r.type, out, {}, name, name, v, blocksNamed(r.properties, name));
    }
  }

  static bool has(const model::Fields& fields, std::string_view name) {
    for (const auto& [k, v] : fields)
      if (k == name) return true;
    return false;
  }

  static bool firstBlock(const model::Fields& fields, size_t i) {
    for (size_t j = 0; j < i; ++j)
      if (fields[j].first == fields[i].first && fields[j].second.kind == K::Block) return false;
    return true;
  }

  static std::vector<const PValue*> blocksNamed(const model::Fields& fields, const std::string& name) {
    std::vector<const PValue*> out;
    for (const auto& [k, v] : fields)
      if (k == name && v.kind == K::Block) out.push_back(&v);
    return out;
  }

  void tags(const model::Resource& r, const TypeName* t, const PValue& v, model::Fields& out) {
    const PropertyName* row = propertyName(r.type, "tags");
    TagStyle style = t ? t->tags : TagStyle::List;
    if (style == TagStyle::None || (row && row->convert == Convert::Drop)) {
      if (!v.fields.empty()) untagged_.emplace_back(t ? std::string(t->cfn) : r.type, r.id);
      return;
    }
    std::string key = row ? std::string(row->cfn) : "Tags";
    if (style == TagStyle::Map) {
      out.emplace_back(key, value(v));
      return;
    }
    if (style == TagStyle::Specification) {
      out.emplace_back("TagSpecifications", PValue::list({PValue::object(
                                                {{"ResourceType", PValue::s(std::string(t->tag_resource))},
                                                 {"Tags", keyValueList(v)}})}));
      return;
    }
    out.emplace_back(key, keyValueList(v));
  }

  PValue keyValueList(const PValue& map) {
    std::vector<PValue> list;
    for (const auto& [k, tv] : map.fields) list.push_back(PValue::object({{"Key", PValue::s(k)}, {"Value", value(tv)}}));
    return PValue::list(std::move(list));
  }

  // Places the property `name` (Terraform path `tf_path` in `type`) whose
  // enclosing block went to `base`; `blocks` are all the blocks of that name.
  void place(const std::string& type, model::Fields& root, const Path& base, const std::string& tf_path,
             const std::string& name, const PValue& v, const std::vector<const PValue*>& blocks) {
    const PropertyName* row = propertyName(type, tf_path);
    if (row && row->convert == Convert::Drop) return;
    Path at = base;
    if (!row) {
      at.push_back(pascal(name));
    } else if (!row->cfn.empty() && row->cfn[0] == '/') {
      at = split(row->cfn.substr(1));
    } else {
      for (std::string& seg : split(row->cfn)) at.push_back(std::move(seg));
    }
    Convert convert = row ? row->convert : Convert::None;
    if (v.kind == K::Block) {
      if (convert == Convert::ParameterMap) {
        model::Fields map;
        for (const PValue* b : blocks) {
          const PValue* key = nullptr;
          const PValue* val = nullptr;
          for (const auto& [k, f] : b->fields) {
            if (k == "name") key = &f;
            if (k == "value") val = &f;
          }
          if (key && val) map.emplace_back(key->text, value(*val));
        }
        put(root, at, PValue::object(std::move(map)));
        return;
      }
      if (blocks.size() > 1 || convert == Convert::List) {
        for (const PValue* b : blocks) append(root, at, blockObject(type, tf_path, *b));
        return;
      }
      if (row && row->cfn.empty()) at = base;  // dissolved: its fields join the parent
      for (size_t i = 0; i < v.fields.size(); ++i) {
        const auto& [child, cv] = v.fields[i];
        if (cv.kind == K::Block && !firstBlock(v.fields, i)) continue;
        place(type, root, at, tf_path + "." + child, child, cv, blocksNamed(v.fields, child));
      }
      return;
    }
    if (at.empty()) throw std::logic_error("cloudformation: " + type + "." + tf_path + " has no place");
    switch (convert) {
      case Convert::Json:
        put(root, at, value(v.kind == K::Json ? v.items.at(0) : v));
        return;
      case Convert::JsonPascal:
        put(root, at, capitalise(value(v.kind == K::Json ? v.items.at(0) : v)));
        return;
      case Convert::Text: put(root, at, asText(value(v))); return;
      case Convert::Words: {
        std::string_view words = row->arg;
        size_t bar = words.find('|');
        put(root, at, PValue::s(std::string(v.boolean ? words.substr(0, bar) : words.substr(bar + 1))));
        return;
      }
      case Convert::KeyValue:
        append(root, at, PValue::object({{"Key", PValue::s(std::string(row->arg))}, {"Value", asText(value(v))}}));
        return;
      case Convert::WrapObject:
        put(root, at, PValue::list({PValue::object({{std::string(row->arg), value(v)}})}));
        return;
      case Convert::NameValue: {
        std::vector<PValue> list;
        for (const auto& [k, f] : v.fields) list.push_back(PValue::object({{"Name", PValue::s(k)}, {"Value", value(f)}}));
        put(root, at, PValue::list(std::move(list)));
        return;
      }
      case Convert::KeyValueList: put(root, at, keyValueList(v)); return;
      case Convert::Number:
        if (v.kind == K::String) {
          put(root, at, PValue::i(std::stoll(v.text)));
          return;
        }
        put(root, at, value(v));
        return;
      case Convert::List:
        if (v.kind != K::List) {
          put(root, at, PValue::list({value(v)}));
          return;
        }
        [[fallthrough]];
      default:
        if (v.kind == K::List && !v.items.empty() && v.items.front().kind == K::Block) {
          // A list of property objects (CloudFormation-only inline rules): each
          // translated like a repeated block.
          std::vector<PValue> items;
          for (const PValue& item : v.items) items.push_back(blockObject(type, tf_path, item));
          put(root, at, PValue::list(std::move(items)));
          return;
        }
        put(root, at, value(v));
        return;
    }
  }

  // One occurrence of a repeated block as a list item: its fields placed
  // relative to the item.
  PValue blockObject(const std::string& type, const std::string& tf_path, const PValue& b) {
    model::Fields item;
    for (size_t i = 0; i < b.fields.size(); ++i) {
      const auto& [child, cv] = b.fields[i];
      if (cv.kind == K::Block && !firstBlock(b.fields, i)) continue;
      place(type, item, {}, tf_path + "." + child, child, cv, blocksNamed(b.fields, child));
    }
    return PValue::object(std::move(item));
  }

  // Property objects (Blocks) of a JSON document with their keys
  // capitalised: ECS's `containerPort` is CloudFormation's `ContainerPort`.
  // Maps (Objects) keep their keys.
  static PValue capitalise(PValue v) {
    for (PValue& item : v.items) item = capitalise(std::move(item));
    if (v.kind == K::Block) {
      for (auto& [k, f] : v.fields) {
        k = capitalised(k);
        f = capitalise(std::move(f));
      }
      v.kind = K::Object;
    }
    return v;
  }

  // The resource `child` went into the one its `via` property refers to.
  void foldInto(const model::Resource& child, const Fold& fold, std::map<std::string, model::Resource*>& made) {
    const PValue* via = nullptr;
    for (const auto& [k, v] : child.properties)
      if (k == fold.via) via = &v;
    if (!via || via->kind != K::Ref || !made.count(via->ref))
      throw std::logic_error("cloudformation: " + child.type + " " + child.id + " has no " + std::string(fold.via) +
                             " to fold into");
    model::Resource& parent = *made[via->ref];
    folded_[child.id] = parent.id;
    for (const std::string& d : child.depends_on) parent.depends_on.push_back(d);
    Path into = split(fold.into);
    if (fold.append.empty()) {
      model::Fields props;
      for (const auto& [k, v] : child.properties)
        if (k != fold.via) place(child.type, props, {}, k, k, v, blocksNamed(child.properties, k));
      for (auto& [k, v] : props) {
        Path at = into;
        at.push_back(k);
        put(parent.properties, at, std::move(v));
      }
      return;
    }
    if (fold.append == "*") {
      model::Fields props;
      for (const auto& [k, v] : child.properties)
        if (k != fold.via) place(child.type, props, {}, k, k, v, blocksNamed(child.properties, k));
      append(parent.properties, into, PValue::object(std::move(props)));
      return;
    }
    for (const auto& [k, v] : child.properties)
      if (k == fold.append) append(parent.properties, into, value(v));
  }

  // A value with its references in CloudFormation's terms.
  PValue value(const PValue& v) {
    if (v.kind == K::Ref) return reference(v);
    PValue out = v;
    for (PValue& item : out.items) item = value(item);
    for (auto& [k, f] : out.fields) f = value(f);
    return out;
  }

  PValue reference(const PValue& v) {
    auto it = byId_.find(v.ref);
    if (it == byId_.end()) throw std::logic_error("cloudformation: reference to unknown resource '" + v.ref + "'");
    const model::Resource& target = *it->second;
    if (foldOf(target.type))
      throw std::logic_error("cloudformation: reference to " + target.id + ", which is part of another resource");
    if (v.text.empty()) return PValue::refTo(v.ref);
    const TypeName* t = knownType(target.type);
    if (!t) return v;  // a CloudFormation-only resource: already its attribute name
    if (const AttributeName* a = attributeName(target.type, v.text)) {
      if (a->cfn.rfind("AWS::", 0) == 0) return PValue::param(std::string(a->cfn));
      return a->cfn.empty() ? PValue::refTo(v.ref) : PValue::refTo(v.ref, std::string(a->cfn));
    }
    if (v.text == t->ref) return PValue::refTo(v.ref);
    throw std::logic_error("cloudformation: no attribute for " + target.type + "." + v.text);
  }
};

}  // namespace

Translated translate(const model::Stack& stack, const std::function<bool(const model::Resource&)>& enough) {
  return Translator(stack).run(enough);
}

}  // namespace migc::cloudformation
