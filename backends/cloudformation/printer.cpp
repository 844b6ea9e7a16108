#include "cloudformation/printer.h"

#include "cloudformation/aws_names.h"
#include "model/json_members.h"
#include "model/yaml_quote.h"

#include <nlohmann/json.hpp>

#include <map>
#include <set>
#include <stdexcept>

namespace migc::cloudformation {
namespace {

using json = nlohmann::ordered_json;
using model::PValue;
using K = PValue::Kind;

// CloudFormation allows 1024 characters of Description.
constexpr size_t kMaxDescription = 1024;

// Logical ids and parameter names: PascalCase of the snake names. Pseudo
// parameters (AWS::AccountId) are referenced by their own names.
std::string pascal(const std::string& snake) { return snake.rfind("AWS::", 0) == 0 ? snake : cloudformation::pascal(snake); }

std::string conditionName(const std::string& param) { return "Is" + pascal(param); }

// Literal text inside an Fn::Sub template: "${" would start a variable.
std::string escapeSub(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    out += s[i];
    if (s[i] == '$' && i + 1 < s.size() && s[i + 1] == '{') out += "{!", ++i;
  }
  return out;
}

bool isSymbolic(const PValue& v) {
  return v.any([](const PValue& x) { return x.isResourceRef() || x.kind == K::Param || x.kind == K::Lookup; });
}

class Printer {
 public:
  explicit Printer(const model::Stack& stack) : stack_(stack) {
    for (const auto& r : stack.resources) byId_[r.id] = &r;
  }

  json run() const {
    json doc;
    doc["AWSTemplateFormatVersion"] = "2010-09-09";
    std::string desc = stack_.name + (stack_.header.empty() ? "" : "\n" + stack_.header);
    doc["Description"] = desc.substr(0, kMaxDescription);
    if (!stack_.params.empty()) {
      model::JsonMembers params;
      for (const auto& p : stack_.params) params[pascal(p.name)] = param(p);
      doc["Parameters"] = std::move(params).take();
    }
    if (!stack_.tables.empty()) {
      json mappings = json::object();
      for (const auto& t : stack_.tables) {
        json rows = json::object();
        for (const auto& [key, cols] : t.rows) rows[key] = value(PValue::object(cols));
        mappings[pascal(t.name)] = std::move(rows);
      }
      doc["Mappings"] = std::move(mappings);
    }
    std::set<std::string> used;
    for (const auto& r : stack_.resources)
      if (!r.condition.empty()) used.insert(r.condition);
    if (!used.empty()) {
      model::JsonMembers conds;
      for (const auto& p : stack_.params)  // params order: deterministic
        if (used.erase(p.name))
          conds[conditionName(p.name)] = {{"Fn::Equals", json::array({{{"Ref", pascal(p.name)}}, "true"})}};
      for (const auto& c : used)  // conditions on undeclared params still print (cfn-lint flags them)
        conds[conditionName(c)] = {{"Fn::Equals", json::array({{{"Ref", pascal(c)}}, "true"})}};
      doc["Conditions"] = std::move(conds).take();
    }
    model::JsonMembers resources;
    for (const auto& r : stack_.resources) resources[pascal(r.id)] = resource(r);
    doc["Resources"] = std::move(resources).take();
    if (!stack_.outputs.empty()) {
      model::JsonMembers outputs;
      for (const auto& o : stack_.outputs) outputs[o.name] = output(o);
      doc["Outputs"] = std::move(outputs).take();
    }
    return doc;
  }

 private:
  const model::Stack& stack_;
  std::map<std::string, const model::Resource*> byId_;

  const model::Resource& target(const std::string& id) const {
    auto it = byId_.find(id);
    if (it == byId_.end())
      throw std::invalid_argument("cloudformation printer: reference to unknown resource '" + id + "'");
    return *it->second;
  }

  const model::Table& table(const std::string& name) const {
    for (const auto& t : stack_.tables)
      if (t.name == name) return t;
    throw std::invalid_argument("cloudformation printer: lookup in unknown table '" + name + "'");
  }

  json param(const model::Param& p) const {
    json o;
    bool isBool = p.type == "bool";
    bool isList = p.type.rfind("list(", 0) == 0;
    o["Type"] = p.type == "number" ? "Number" : isList ? "CommaDelimitedList" : "String";
    if (!p.description.empty()) o["Description"] = p.description;
    if (p.has_default) {
      const PValue& d = p.default_value;
      if (isBool && d.kind == K::Bool) {
        o["Default"] = d.boolean ? "true" : "false";
      } else if (isList && d.kind == K::List) {
        std::string joined;  // CommaDelimitedList defaults are one string
        for (const auto& item : d.items) joined += (joined.empty() ? "" : ",") + item.text;
        o["Default"] = joined;
      } else {
        o["Default"] = value(d);
      }
    }
    if (p.sensitive) o["NoEcho"] = true;
    if (isBool) {
      o["AllowedValues"] = json::array({"true", "false"});
    } else if (!p.allowed.empty()) {
      o["AllowedValues"] = p.allowed;
    }
    if (p.name_constraint) {  // what the resource names it reaches allow (lower/param_constraints.h)
      if (p.name_constraint->max_length >= 0) o["MaxLength"] = p.name_constraint->max_length;
      if (!p.name_constraint->pattern.empty()) o["AllowedPattern"] = p.name_constraint->pattern;
      o["ConstraintDescription"] = model::nameConstraintSentence(p);
    }
    return o;
  }

  json resource(const model::Resource& r) const {
    json o;
    o["Type"] = r.type;
    if (!r.condition.empty()) o["Condition"] = conditionName(r.condition);
    if (!r.depends_on.empty()) {
      json deps = json::array();
      for (const auto& d : r.depends_on) deps.push_back(pascal(target(d).id));
      o["DependsOn"] = std::move(deps);
    }
    if (!r.deletion_policy.empty()) {
      o["DeletionPolicy"] = r.deletion_policy;
      o["UpdateReplacePolicy"] = r.deletion_policy;
    }
    json props = json::object();
    for (const auto& [k, v] : r.properties) props[k] = value(v);
    o["Properties"] = std::move(props);
    return o;
  }

  json output(const model::Output& o) const {
    json out;
    std::set<std::string> conds;  // of the resources the value reads
    o.value.any([&](const PValue& x) {
      if (x.isResourceRef()) conds.insert(target(x.ref).condition);
      return false;
    });
    if (conds.size() == 1 && !conds.begin()->empty()) out["Condition"] = conditionName(*conds.begin());
    if (!o.description.empty()) out["Description"] = o.description;
    // Output values are strings in CloudFormation: a list (e.g. subnet ids) is joined with commas.
    out["Value"] = o.value.kind == K::List ? json{{"Fn::Join", json::array({",", value(o.value)})}} : value(o.value);
    return out;
  }

  std::string subVariable(const PValue& v) const {
    const std::string id = pascal(target(v.ref).id);
    return v.text.empty() ? id : id + "." + v.text;
  }

  // Fn::Sub template text of a Concat; `symbolic` is set when it has variables.
  std::string subText(const PValue& v, bool& symbolic) const {
    std::string out;
    for (const auto& part : v.items) {
      switch (part.kind) {
        case K::String: out += escapeSub(part.text); break;
        case K::Concat: out += subText(part, symbolic); break;
        case K::Int: out += std::to_string(part.integer); break;
        case K::Number: out += model::formatNumber(part.number); break;
        case K::Bool: out += part.boolean ? "true" : "false"; break;
        case K::Ref: out += "${" + subVariable(part) + "}"; break;
        case K::Param: out += "${" + pascal(part.text) + "}"; break;
        case K::SecretRef: out += secretText(part); break;
        case K::Json: out += jsonText(part.items.at(0)); break;
        default: break;  // lists/objects cannot be spliced into a string
      }
      symbolic = symbolic || isSymbolic(part);
    }
    return out;
  }

  std::string secretText(const PValue& v) const {
    return "{{resolve:secretsmanager:${" + pascal(target(v.ref).id) + "}:SecretString:" + v.text + "}}";
  }

  // Compact JSON text for an Fn::Sub template: strings escaped for JSON,
  // then "${" escaped for Sub; references become quoted Sub variables.
  std::string jsonText(const PValue& v) const {
    auto str = [](const std::string& s) { return escapeSub(json(s).dump()); };
    switch (v.kind) {
      case K::Null: return "null";
      case K::Bool: return v.boolean ? "true" : "false";
      case K::Int: return std::to_string(v.integer);
      case K::Number: return json(v.number).dump();
      case K::String: return str(v.text);
      case K::Ref: return "\"${" + subVariable(v) + "}\"";
      case K::Param: return "\"${" + pascal(v.text) + "}\"";
      case K::SecretRef: return "\"" + secretText(v) + "\"";
      case K::Lookup:  // a mapping lookup cannot be spliced into a Sub template,
      case K::IfFlag:  // nor can a value that may be absent
        return "null";
      case K::OnlyFor: throw std::logic_error("cloudformation printer: a per-target value reached the printer");
      case K::Concat: {
        bool symbolic = false;
        // JSON escaping leaves the ${...} variables of the template alone.
        return json(subText(v, symbolic)).dump();
      }
      // Already a Sub template: only JSON-escape it.
      case K::Json: return json(jsonText(v.items.at(0))).dump();
      case K::List: {
        std::string s = "[";
        for (size_t i = 0; i < v.items.size(); ++i) s += (i ? "," : "") + jsonText(v.items[i]);
        return s + "]";
      }
      case K::Object:
      case K::Block: {
        std::string s = "{";
        for (size_t i = 0; i < v.fields.size(); ++i)
          s += (i ? "," : "") + str(v.fields[i].first) + ":" + jsonText(v.fields[i].second);
        return s + "}";
      }
    }
    return "null";
  }

  // The constant value as JSON (for a Json without references).
  static json constant(const PValue& v) {
    switch (v.kind) {
      case K::Bool: return v.boolean;
      case K::Int: return v.integer;
      case K::Number: return v.number;
      case K::String: return v.text;
      case K::Concat: {
        std::string s;
        for (const auto& p : v.items) s += constant(p).is_string() ? constant(p).get<std::string>() : constant(p).dump();
        return s;
      }
      case K::Json: return constant(v.items.at(0)).dump();
      case K::List: {
        json a = json::array();
        for (const auto& item : v.items) a.push_back(constant(item));
        return a;
      }
      case K::Object:
      case K::Block: {
        json o = json::object();
        for (const auto& [k, f] : v.fields) o[k] = constant(f);
        return o;
      }
      default: return nullptr;
    }
  }

  json value(const PValue& v) const {
    switch (v.kind) {
      case K::Ref:
        if (v.text.empty()) return {{"Ref", pascal(target(v.ref).id)}};
        return {{"Fn::GetAtt", json::array({pascal(target(v.ref).id), v.text})}};
      case K::Param: return {{"Ref", pascal(v.text)}};
      case K::IfFlag:
        return {{"Fn::If", json::array({conditionName(v.text), value(v.items.at(0)), {{"Ref", "AWS::NoValue"}}})}};
      case K::Lookup: return {{"Fn::FindInMap", json::array({pascal(v.ref), {{"Ref", pascal(table(v.ref).param)}}, v.text})}};
      case K::SecretRef: return {{"Fn::Sub", secretText(v)}};
      case K::Concat: {
        bool symbolic = false;
        std::string t = subText(v, symbolic);
        return symbolic ? json{{"Fn::Sub", t}} : constant(v);
      }
      case K::Json:
        if (!isSymbolic(v)) return constant(v.items.at(0)).dump();
        return {{"Fn::Sub", jsonText(v.items.at(0))}};
      case K::List: {
        json a = json::array();
        for (const auto& item : v.items) a.push_back(value(item));
        return a;
      }
      case K::Object:
      case K::Block: {
        json o = json::object();
        for (const auto& [k, f] : v.fields) o[k] = value(f);
        return o;
      }
      default: return constant(v);
    }
  }
};

}  // namespace

std::string pascalName(const std::string& snake) { return pascal(snake); }

model::OutputFiles printCloudFormation(const model::Stack& stack, bool asJson) {
  json doc = Printer(stack).run();
  model::OutputFiles files;
  if (asJson) {
    files.push_back({"template.json", doc.dump(2) + "\n"});
    return files;
  }
  std::string text = stack.header.empty() ? std::string() : model::commentLines(stack.header);
  model::emitYaml(doc, text);
  files.push_back({"template.yaml", std::move(text)});
  return files;
}

}  // namespace migc::cloudformation
