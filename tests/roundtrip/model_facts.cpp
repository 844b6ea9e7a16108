// Prints, as JSON, what the round-trip and cross-target tests need to know of
// a program's lowered model that the emitted files do not say: which
// declaration each resource was lowered from, each target's name for its
// type, and every place the model itself makes the targets differ
// (Resource::targets, PValue::onlyFor/perTarget), with the reason the
// lowering recorded. The cross-target test allows exactly these differences.
//   model_facts PROGRAM_DIR     exit 0, 1 when the program does not check
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "cloudformation/aws_names.h"
#include "driver/pipeline.h"
#include "assets/package.h"
#include "lower/context.h"
#include "model/resource.h"
#include "pulumi/aws_names.h"

namespace migc {
namespace {

nlohmann::json targetNames(model::Targets set) {
  nlohmann::json out = nlohmann::json::array();
  for (model::Target t : {model::Target::Terraform, model::Target::Pulumi, model::Target::CloudFormation})
    if (model::includes(set, t)) out.push_back(std::string(model::targetName(t)));
  return out;
}

// Data sources that stand for the caller's account, region and partition, by
// resource id: neutral.py reads them as <account>, <region>, <partition>.
std::map<std::string, std::string>& pseudoIds() {
  static std::map<std::string, std::string> ids;
  return ids;
}

// The values `v` sets, written as tests/roundtrip/neutral.py writes them.
void leaves(const model::PValue& v, nlohmann::json& out) {
  using K = model::PValue::Kind;
  switch (v.kind) {
    case K::Bool: out.push_back(v.boolean ? "true" : "false"); return;
    case K::Int: out.push_back(std::to_string(v.integer)); return;
    case K::Number: out.push_back(v.number); return;
    case K::String: out.push_back(v.text); return;
    case K::Ref: {
      auto pseudo = pseudoIds().find(v.ref);
      out.push_back(pseudo != pseudoIds().end() ? pseudo->second : "<ref:" + v.ref + ">");
      return;
    }
    case K::Param: out.push_back("<param:" + v.text + ">"); return;
    case K::Lookup: out.push_back("<lookup>"); return;
    case K::SecretRef:
      out.push_back("{{resolve:secretsmanager:<ref:" + v.ref + ">:SecretString:" + v.text + "}}");
      return;
    case K::Object:
      // CloudFormation's zone: Fn::Select [i, Fn::GetAZs ""], read by neutral.py as <az:i>.
      if (v.fields.size() == 1 && v.fields[0].first == "Fn::Select" && v.fields[0].second.items.size() == 2 &&
          v.fields[0].second.items[1].fields.size() == 1 && v.fields[0].second.items[1].fields[0].first == "Fn::GetAZs") {
        out.push_back("<az:" + std::to_string(v.fields[0].second.items[0].integer) + ">");
        return;
      }
      break;
    case K::Concat: {
      std::string text;
      for (const auto& part : v.items) {
        nlohmann::json one = nlohmann::json::array();
        leaves(part, one);
        for (const auto& l : one) text += l.is_string() ? l.get<std::string>() : l.dump();
      }
      out.push_back(text);
      return;
    }
    default: break;
  }
  for (const auto& item : v.items) leaves(item, out);
  for (const auto& [name, field] : v.fields) leaves(field, out);
}

// Every OnlyFor under `v`, with its property path ("a.b", "[2]" for list items).
nlohmann::json branch(const model::PValue& v, size_t i) {
  nlohmann::json out = nlohmann::json::array();
  if (i < v.items.size()) leaves(v.items[i], out);
  return out;
}

void differences(const model::PValue& v, const std::string& resource, const std::string& path,
                 nlohmann::json& out) {
  if (v.kind == model::PValue::Kind::OnlyFor)
    out.push_back({{"resource", resource},
                   {"path", path},
                   {"targets", targetNames(v.targets)},
                   {"value", branch(v, 0)},
                   {"otherwise", branch(v, 1)},
                   {"reason", v.text}});
  for (size_t i = 0; i < v.items.size(); ++i)
    differences(v.items[i], resource, v.kind == model::PValue::Kind::List ? path + "[" + std::to_string(i) + "]" : path,
                out);
  for (const auto& [name, field] : v.fields) differences(field, resource, path.empty() ? name : path + "." + name, out);
}

void refsOf(const model::PValue& v, nlohmann::json& out) {
  if (v.isResourceRef()) out.push_back(v.ref);
  for (const auto& item : v.items) refsOf(item, out);
  for (const auto& [name, field] : v.fields) refsOf(field, out);
}

std::string convertName(cloudformation::Convert c) {
  using C = cloudformation::Convert;
  switch (c) {
    case C::None: return "none";
    case C::Drop: return "drop";
    case C::Json: return "json";
    case C::JsonPascal: return "json-pascal";
    case C::Text: return "text";
    case C::List: return "list";
    case C::Words: return "words";
    case C::KeyValue: return "key-value";
    case C::WrapObject: return "wrap-object";
    case C::ParameterMap: return "parameter-map";
    case C::NameValue: return "name-value";
    case C::KeyValueList: return "key-value-list";
    case C::Number: return "number";
  }
  return "?";
}

// The CloudFormation rows that change a value's shape or drop it (the name
// tables' Convert), and the keys of the maps the resource sets (tags,
// variables: data, where CloudFormation writes [{Key, Value}] and Terraform a
// map), so the agreement test knows which leaves differ by design.
void shapes(const model::PValue& v, const std::string& type, const std::string& path, nlohmann::json& rows,
            nlohmann::json& keys) {
  using K = model::PValue::Kind;
  if (v.kind == K::Object)
    for (const auto& [name, field] : v.fields) keys.push_back(name);
  if (v.kind == K::Block || v.kind == K::Object)
    for (const auto& [name, field] : v.fields) {
      std::string p = path.empty() ? name : path + "." + name;
      const auto* row = v.kind == K::Block ? cloudformation::propertyName(type, p) : nullptr;
      if (row && row->convert != cloudformation::Convert::None) {
        nlohmann::json values = nlohmann::json::array();
        leaves(field, values);
        rows.push_back({{"path", p}, {"convert", convertName(row->convert)}, {"arg", row->arg},
                        {"why", row->why}, {"values", values}});
        if (row->convert == cloudformation::Convert::ParameterMap)
          for (const auto& block : field.items.empty() ? std::vector<model::PValue>{field} : field.items)
            for (const auto& [k, kv] : block.fields)
              if (k == "name") leaves(kv, keys);
      }
      shapes(field, type, p, rows, keys);
    }
  for (const auto& item : v.items) shapes(item, type, path, rows, keys);
}

nlohmann::json facts(const model::Stack& stack) {
  nlohmann::json resources = nlohmann::json::array(), diffs = nlohmann::json::array(),
                 outputs = nlohmann::json::array();
  for (const model::Resource& r : stack.resources)
    if (r.tf_mode == "data") {
      if (r.type == "aws_caller_identity") pseudoIds()[r.id] = "<account>";
      if (r.type == "aws_region") pseudoIds()[r.id] = "<region>";
      if (r.type == "aws_partition") pseudoIds()[r.id] = "<partition>";
    }
  for (const model::Resource& r : stack.resources) {
    nlohmann::json cfn = nullptr;
    if (const auto* t = cloudformation::typeName(r.type); t && !t->cfn.empty()) cfn = std::string(t->cfn);
    if (r.type.starts_with("AWS::")) cfn = r.type;
    nlohmann::json fold = nullptr;
    if (const auto* f = cloudformation::foldOf(r.type)) fold = {{"via", f->via}, {"why", f->why}};
    resources.push_back({{"id", r.id},
                         {"cloudformation_id", cloudformation::pascal(r.id)},
                         {"pulumi_id", pulumi::camel(r.id)},
                         {"type", r.type},
                         {"owner", r.owner},
                         {"mode", r.tf_mode},
                         {"region", r.region},
                         {"condition", r.condition},
                         {"targets", targetNames(r.targets)},
                         {"targets_reason", r.targets_reason},
                         {"cloudformation_type", cfn},
                         {"cloudformation_fold", fold},
                         {"pulumi_type", std::string(r.tf_mode == "resource" ? pulumi::typeToken(r.type)
                                                                             : pulumi::functionToken(r.type))}});
    differences(model::PValue::block(r.properties), r.id, "", diffs);
    nlohmann::json rows = nlohmann::json::array(), keys = nlohmann::json::array();
    shapes(model::PValue::block(r.properties), r.type, "", rows, keys);
    if (const auto* t = cloudformation::typeName(r.type); t && t->tags == cloudformation::TagStyle::Specification)
      rows.push_back({{"path", "tags"}, {"convert", "specification"}, {"arg", ""},
                      {"why", "CloudFormation tags " + std::string(t->cfn) + " through TagSpecifications, which name "
                              "the resource type"},
                      {"values", {std::string(t->tag_resource)}}});
    if (const auto* t = cloudformation::typeName(r.type); t && t->tags == cloudformation::TagStyle::None)
      for (const auto& [name, v] : r.properties)
        if (name == "tags" && !v.fields.empty()) {
          nlohmann::json values = nlohmann::json::array();
          leaves(v, values);
          rows.push_back({{"path", "tags"}, {"convert", "drop"}, {"arg", ""},
                          {"why", std::string(t->cfn) + " has no Tags property (note MIG3039 lists it)"},
                          {"values", values}});
        }
    resources.back()["cloudformation_shapes"] = rows;
    resources.back()["data_keys"] = keys;
    if (const auto* f = cloudformation::foldOf(r.type))
      for (const auto& [name, v] : r.properties)
        if (name == f->via && v.isResourceRef()) resources.back()["cloudformation_fold"]["parent"] = v.ref;
  }
  for (const model::Output& o : stack.outputs) {
    nlohmann::json refs = nlohmann::json::array();
    refsOf(o.value, refs);
    outputs.push_back({{"name", o.name}, {"reads", refs}});
    differences(o.value, "output." + o.name, "", diffs);
  }
  nlohmann::json params = nlohmann::json::array();
  for (const model::Param& p : stack.params)
    params.push_back({{"name", p.name}, {"cloudformation_id", cloudformation::pascal(p.name)},
                      {"pulumi_id", pulumi::camel(p.name)}});
  return {{"resources", resources}, {"params", params}, {"differences", diffs}, {"outputs", outputs}};
}

}  // namespace
}  // namespace migc

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: model_facts PROGRAM_DIR\n";
    return 2;
  }
  migc::Workspace ws;
  std::string error;
  if (!migc::runCheckPipeline({argv[1]}, {}, ws, error) || ws.diags.hasErrors() || !ws.elaborated) {
    std::cerr << argv[1] << " does not check: " << error << "\n";
    return 1;
  }
  migc::DiagnosticSink diags;
  // The assets as `migc build` packages them: the lowering writes their hashes.
  migc::assets::Assets assets = migc::assets::packageAssets(ws.program, diags);
  std::cout << migc::facts(migc::lower::lowerProgram(ws.program, diags, migc::model::Targets::All, assets)).dump(1)
            << "\n";
  return 0;
}
