#include "pulumi/printer.h"

#include "model/json_members.h"
#include "model/yaml_quote.h"
#include "pulumi/aws_names.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <map>
#include <set>
#include <stdexcept>

namespace migc::pulumi {
namespace {

using json = nlohmann::ordered_json;
using model::PValue;
using K = PValue::Kind;

// Pulumi YAML reads every string as an interpolation; "$$" is a literal '$'.
std::string escapeDollars(const std::string& s) {
  std::string out;
  for (char c : s) out += c == '$' ? std::string("$$") : std::string(1, c);
  return out;
}

std::string projectName(const std::string& name) {
  std::string out;
  for (char c : name) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
              c == '-';
    out += ok ? c : '-';
  }
  return out.empty() ? "migration" : out;
}

std::string describeAllowed(const model::Param& p) {
  std::string d = p.description;
  if (p.allowed.empty()) return d;
  std::string list;
  for (const auto& a : p.allowed) list += (list.empty() ? "" : ", ") + a;
  // Pulumi config has no enum: the allowed set is documented instead.
  return d + (d.empty() ? "" : " ") + "(one of: " + list + ")";
}

// Pulumi config has no length or pattern either: the constraint the
// resource names put on the value is documented, and not enforced.
std::string describeConfig(const model::Param& p) {
  std::string d = describeAllowed(p);
  if (!p.name_constraint) return d;
  return d + (d.empty() ? "" : " ") + model::nameConstraintSentence(p) + " (Not enforced by Pulumi.)";
}

// The provider resource of a region: eu-west-1 -> awsEuWest1.
std::string providerName(const std::string& region) {
  std::string snake = "aws_" + region;
  for (char& c : snake)
    if (c == '-') c = '_';
  return camel(snake);
}

class Printer {
 public:
  explicit Printer(const model::Stack& stack) : stack_(stack) {
    for (const auto& r : stack.resources) byId_[r.id] = &r;
  }

  model::OutputFiles run() const {
    json doc;
    doc["name"] = projectName(stack_.name);
    doc["runtime"] = "yaml";
    doc["description"] = projectName(stack_.name) + " (migc; pulumi-aws v" + std::to_string(kAwsMajor) + ")";
    model::JsonMembers config;
    if (!stack_.region.empty()) config["aws:region"] = stack_.region;
    for (const auto& p : stack_.params) config[camel(p.name)] = param(p);
    doc["config"] = std::move(config).take();
    // Terraform data and ephemeral sources are function calls in Pulumi:
    // variables holding the call's result, referenced as ${name.attribute}.
    model::JsonMembers variables;
    // Pulumi YAML has no map lookup keyed by a config value (expressions are
    // property access only, pulumi/pulumi-yaml#506): a table's row is chosen
    // at deploy time by the pulumi-std function std:lookup.
    for (const auto& t : stack_.tables) {
      json map = json::object();
      for (const auto& [key, cols] : t.rows) map[key] = value(PValue::object(cols), {});
      variables[camel(t.name)] = {{"fn::invoke", {{"function", "std:lookup"},
                                                  {"arguments", {{"map", map}, {"key", "${" + camel(t.param) + "}"}}},
                                                  {"return", "result"}}}};
    }
    for (const auto& r : stack_.resources)
      if (isInvoke(r)) variables[camel(r.id)] = invoke(r);
    if (!variables.empty()) doc["variables"] = std::move(variables).take();
    model::JsonMembers resources;
    // One explicit provider per non-primary region (the primary is the
    // default provider, configured by aws:region); regional resources name
    // theirs in options.provider.
    for (size_t i = 1; i < stack_.regions.size(); ++i)
      resources[providerName(stack_.regions[i])] = {{"type", "pulumi:providers:aws"},
                                                    {"properties", {{"region", stack_.regions[i]}}},
                                                    {"options", {{"version", kAwsVersion}}}};
    for (const auto& r : stack_.resources)
      if (!isInvoke(r)) resources[camel(r.id)] = resource(r);
    doc["resources"] = std::move(resources).take();
    if (!stack_.outputs.empty()) {
      model::JsonMembers outputs;
      for (const auto& o : stack_.outputs) {
        json v = value(o.value, {});
        outputs[o.name] = o.sensitive ? json{{"fn::secret", v}} : v;
      }
      doc["outputs"] = std::move(outputs).take();
    }
    std::string head = stack_.header.empty() ? std::string() : model::commentLines(stack_.header);
    head += "# Pulumi YAML program for pulumi-aws " + std::string(kAwsVersion) + " (pinned on every resource).\n";
    model::emitYaml(doc, head);
    model::OutputFiles files;
    files.push_back({"Pulumi.yaml", std::move(head)});
    return files;
  }

 private:
  // Where a value sits: its resource type and Terraform property path, and
  // whether the keys of an Object there are property names (camelCased).
  struct Where {
    std::string tfType;
    std::string path;
    bool propertyKeys = false;
  };

  const model::Stack& stack_;
  std::map<std::string, const model::Resource*> byId_;

  json param(const model::Param& p) const {
    json c = json::object();
    if (p.type == "bool") {
      c["type"] = "boolean";
    } else if (p.type == "number") {
      // Pulumi.yaml config types are string/integer/boolean/array; a
      // fractional default leaves the type to be inferred from it.
      bool fractional = p.has_default && p.default_value.kind == K::Number &&
                        p.default_value.number != std::floor(p.default_value.number);
      if (!fractional) c["type"] = "integer";
    } else if (p.type.rfind("list(", 0) == 0) {
      c["type"] = "array";
      c["items"] = {{"type", "string"}};
    } else {
      c["type"] = "string";
    }
    if (auto d = describeConfig(p); !d.empty()) c["description"] = d;
    if (p.has_default) c["default"] = value(p.default_value, {});
    if (p.sensitive) c["secret"] = true;
    return c;
  }

  static bool isInvoke(const model::Resource& r) {
    return (r.tf_mode == "data" || r.tf_mode == "ephemeral") && !functionToken(r.type).empty();
  }

  json invoke(const model::Resource& r) const {
    json call = {{"function", std::string(functionToken(r.type))}};
    json args = fields(r.properties, r.type, "");
    if (!args.empty()) call["arguments"] = std::move(args);
    call["options"] = {{"version", kAwsVersion}};
    return {{"fn::invoke", call}};
  }

  json resource(const model::Resource& r) const {
    json res;
    auto token = typeToken(r.type);
    // An unknown type stays visible (and fails validation) rather than vanishing.
    res["type"] = token.empty() ? "aws:unmapped:" + r.type : std::string(token);
    res["properties"] = fields(r.properties, r.type, "");
    json options = json::object();
    // A resource of another region takes the version of its explicit provider.
    if (!r.region.empty()) options["provider"] = "${" + providerName(r.region) + "}";
    else options["version"] = kAwsVersion;
    if (!r.depends_on.empty()) {
      json deps = json::array();
      for (const auto& d : r.depends_on) deps.push_back("${" + camel(target(d).id) + "}");
      options["dependsOn"] = std::move(deps);
    }
    if (!r.ignore_changes.empty()) {
      json names = json::array();
      for (const auto& name : r.ignore_changes) {
        const PropertyName* exc = propertyException(r.type, name);
        names.push_back(exc && !exc->name.empty() ? std::string(exc->name) : camel(name));
      }
      options["ignoreChanges"] = std::move(names);
    }
    if (!options.empty()) res["options"] = std::move(options);
    return res;
  }

  const model::Resource& target(const std::string& id) const {
    auto it = byId_.find(id);
    if (it == byId_.end()) throw std::invalid_argument("pulumi printer: reference to unknown resource '" + id + "'");
    return *it->second;
  }

  // `res.attr[0].sub` for a Terraform attribute path `attr.0.sub`.
  std::string reference(const std::string& id, const std::string& attr) const {
    const auto& r = target(id);
    std::string out = camel(r.id);
    if (attr.empty()) return out + ".id";
    size_t start = 0;
    for (bool first = true; start <= attr.size(); first = false) {
      size_t dot = attr.find('.', start);
      if (dot == std::string::npos) dot = attr.size();
      std::string seg = attr.substr(start, dot - start);
      if (!seg.empty() && seg.find_first_not_of("0123456789") == std::string::npos)
        out += "[" + seg + "]";
      else
        out += "." + (first ? attributeName(r.type, seg) : camel(seg));
      start = dot + 1;
    }
    return out;
  }

  std::string interpolation(const PValue& v) const {
    std::string out;
    for (const auto& part : v.items) {
      switch (part.kind) {
        case K::String: out += escapeDollars(part.text); break;
        case K::Concat: out += interpolation(part); break;
        case K::Ref: out += "${" + reference(part.ref, part.text) + "}"; break;
        case K::Param: out += "${" + camel(part.text) + "}"; break;
        case K::Int: out += std::to_string(part.integer); break;
        case K::Number: out += model::formatNumber(part.number); break;
        case K::Bool: out += part.boolean ? "true" : "false"; break;
        default: break;  // lists/objects/JSON inside a string: never lowered for Pulumi
      }
    }
    return out;
  }

  json value(const PValue& v, const Where& where) const {
    switch (v.kind) {
      case K::Null: return nullptr;
      case K::Bool: return v.boolean;
      case K::Int: return v.integer;
      case K::Number: return v.number;
      case K::String: return escapeDollars(v.text);
      case K::Ref: return "${" + reference(v.ref, v.text) + "}";
      case K::Param: return "${" + camel(v.text) + "}";
      case K::Lookup: return "${" + camel(v.ref) + "." + v.text + "}";
      case K::IfFlag: return value(v.items.at(0), where);  // pulumi/flags.cpp kept it: the flag is on
      case K::Concat: return interpolation(v);
      case K::Json: return json{{"fn::toJSON", value(v.items.at(0), {})}};
      case K::SecretRef: return nullptr;  // CloudFormation-only (selectTarget removed it)
      case K::OnlyFor: throw std::logic_error("pulumi printer: a per-target value reached the printer (selectTarget)");
      case K::List: {
        json a = json::array();
        for (const auto& item : v.items) a.push_back(value(item, where));
        return a;
      }
      case K::Block: return fields(v.fields, where.tfType, where.path + ".");
      case K::Object: {
        if (where.propertyKeys) return fields(v.fields, where.tfType, where.path + ".");
        json o = json::object();
        for (const auto& [k, fv] : v.fields) o[k] = value(fv, {});
        return o;
      }
    }
    return nullptr;
  }

  // Properties of a resource or nested block. Blocks that share a name are
  // gathered at the first one into a list.
  json fields(const model::Fields& fs, const std::string& tfType, const std::string& prefix) const {
    json o = json::object();
    std::set<std::string> done;
    for (const auto& [name, v] : fs) {
      std::string path = prefix + name;
      const PropertyName* exc = propertyException(tfType, path);
      Where where{tfType, path, isObjectAttribute(tfType, path)};
      if (v.kind != K::Block) {
        std::string key = exc && !exc->name.empty() ? std::string(exc->name) : camel(name);
        json val = value(v, where);
        if (exc && exc->shape == Shape::FileArchive && v.kind == K::String) val = {{"fn::fileArchive", v.text}};
        if (exc && exc->shape == Shape::List && !val.is_array()) val = json::array({val});
        o[key] = std::move(val);
        continue;
      }
      if (!done.insert(name).second) continue;
      std::vector<const PValue*> blocks;
      for (const auto& [n2, v2] : fs)
        if (n2 == name && v2.kind == K::Block) blocks.push_back(&v2);
      bool asList = blocks.size() > 1 || isRepeatedBlock(tfType, path);
      std::string key = asList ? plural(camel(name)) : camel(name);
      if (exc && !exc->name.empty()) key = exc->name;
      if (exc && exc->shape != Shape::Default) asList = exc->shape == Shape::List || blocks.size() > 1;
      if (!asList) {
        o[key] = value(v, where);
        continue;
      }
      json a = json::array();
      for (const PValue* b : blocks) a.push_back(value(*b, where));
      o[key] = std::move(a);
    }
    return o;
  }
};

}  // namespace

model::OutputFiles printPulumi(const model::Stack& stack) { return Printer(stack).run(); }

}  // namespace migc::pulumi
