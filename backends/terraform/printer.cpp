#include "terraform/printer.h"

#include "model/yaml_quote.h"  // formatNumber, commentLines
#include "terraform/hcl_writer.h"

#include <map>
#include <stdexcept>

namespace migc::terraform {
namespace {

using hcl::Expr;
using model::PValue;
using K = PValue::Kind;

// `a.0.b` (provider attribute path) to `a[0].b` (HCL traversal).
std::string traversal(const std::string& path) {
  std::string out;
  size_t start = 0;
  while (start <= path.size()) {
    size_t dot = path.find('.', start);
    if (dot == std::string::npos) dot = path.size();
    std::string seg = path.substr(start, dot - start);
    bool index = !seg.empty() && seg.find_first_not_of("0123456789") == std::string::npos;
    out += index ? "[" + seg + "]" : (out.empty() ? "" : ".") + seg;
    start = dot + 1;
  }
  return out;
}

std::string hclType(const std::string& t) { return t.empty() ? "string" : t; }

// The provider alias of a secondary region: eu-west-1 -> eu_west_1.
std::string providerAlias(const std::string& region) {
  std::string out = region;
  for (char& c : out)
    if (c == '-') c = '_';
  return out;
}

class Printer {
 public:
  explicit Printer(const model::Stack& stack) : stack_(stack) {
    for (const auto& r : stack.resources) byId_[r.id] = &r;
  }

  model::OutputFiles run() {
    // Each file moved into place (a braced list would copy every file's text).
    model::OutputFiles files;
    auto add = [&files](std::string path, std::string text) { files.push_back({std::move(path), std::move(text)}); };
    add("versions.tf", header() + versions());
    add("providers.tf", header() + providers());
    add("variables.tf", header() + join(variables()));
    std::string main = header() + join(locals() /* empty without tables */) + (stack_.tables.empty() ? "" : "\n");
    join(resources(), main);
    add("main.tf", std::move(main));
    add("outputs.tf", header() + join(outputs()));
    return files;
  }

 private:
  const model::Stack& stack_;
  std::map<std::string, const model::Resource*> byId_;
  std::string context_;  // condition of the resource being printed ("" elsewhere)

  std::string header() const {
    return stack_.header.empty() ? std::string() : model::commentLines(stack_.header) + "\n";
  }

  // The blocks one after another, a blank line between two; appended to `out`.
  static void join(const std::vector<std::string>& blocks, std::string& out) {
    for (size_t i = 0; i < blocks.size(); ++i) {
      if (i) out += '\n';
      out += blocks[i];
    }
  }
  static std::string join(const std::vector<std::string>& blocks) {
    std::string out;
    join(blocks, out);
    return out;
  }

  static std::string render(const hcl::Body& body) {
    std::string out;
    hcl::write(body, 0, out);
    return out;
  }

  const model::Resource& target(const std::string& id) const {
    auto it = byId_.find(id);
    if (it == byId_.end()) throw std::invalid_argument("terraform printer: reference to unknown resource '" + id + "'");
    return *it->second;
  }

  static std::string address(const model::Resource& r) {
    std::string prefix = r.tf_mode == "data" ? "data." : r.tf_mode == "ephemeral" ? "ephemeral." : "";
    return prefix + r.type + "." + r.id;
  }

  std::string ref(const std::string& id, const std::string& attr) const {
    const auto& r = target(id);
    std::string path = traversal(attr.empty() ? "id" : attr);
    if (r.condition.empty()) return address(r) + "." + path;
    if (r.condition == context_) return address(r) + "[0]." + path;
    return "one(" + address(r) + "[*]." + path + ")";
  }

  // Template text of a Concat (without the quotes).
  std::string templateBody(const PValue& v) const {
    std::string out;
    auto interp = [&out](const std::string& e) {
      // A literal '$' right before "${" would turn it into the "$${" escape.
      size_t n = 0;
      while (n < out.size() && out[out.size() - 1 - n] == '$') ++n;
      if (n) out.replace(out.size() - n, n, "${\"" + std::string(n, '$') + "\"}");
      out += "${" + e + "}";
    };
    for (const auto& part : v.items) {
      switch (part.kind) {
        case K::String: out += hcl::escapeTemplate(part.text); break;
        case K::Concat: out += templateBody(part); break;
        case K::Int: out += std::to_string(part.integer); break;
        case K::Number: out += model::formatNumber(part.number); break;
        case K::Bool: out += part.boolean ? "true" : "false"; break;
        case K::Null: break;
        default: interp(inlineExpr(part)); break;
      }
    }
    return out;
  }

  // One-line form, for interpolations.
  std::string inlineExpr(const PValue& v) const {
    switch (v.kind) {
      case K::List: {
        std::string s = "[";
        for (size_t i = 0; i < v.items.size(); ++i) s += (i ? ", " : "") + inlineExpr(v.items[i]);
        return s + "]";
      }
      case K::Object:
      case K::Block: {
        if (v.fields.empty()) return "{}";
        std::string s = "{ ";
        for (size_t i = 0; i < v.fields.size(); ++i)
          s += (i ? ", " : "") + hcl::objectKey(v.fields[i].first) + " = " + inlineExpr(v.fields[i].second);
        return s + " }";
      }
      case K::Json: return "jsonencode(" + inlineExpr(v.items.at(0)) + ")";
      default: return expr(v, 0).front();
    }
  }

  Expr expr(const PValue& v, int indent) const {
    switch (v.kind) {
      case K::Null: return {"null"};
      case K::Bool: return {v.boolean ? "true" : "false"};
      case K::Int: return {std::to_string(v.integer)};
      case K::Number: return {model::formatNumber(v.number)};
      case K::String: return {hcl::quote(v.text)};
      case K::Ref: return {ref(v.ref, v.text)};
      case K::Param: return {"var." + v.text};
      case K::IfFlag: return expr(v.items.at(0), indent);  // a counted resource's attribute reads as null
      case K::Concat: return {"\"" + templateBody(v) + "\""};
      case K::List: {
        std::vector<Expr> items;
        for (const auto& item : v.items) items.push_back(expr(item, indent + 2));
        return hcl::list(items, indent);
      }
      case K::Object:
      case K::Block: {
        std::vector<hcl::Entry> entries;
        for (const auto& [k, fv] : v.fields) entries.push_back({hcl::objectKey(k), expr(fv, indent + 2)});
        return hcl::object(entries, indent);
      }
      case K::Json: {
        Expr e = expr(v.items.at(0), indent);
        e.front() = "jsonencode(" + e.front();
        e.back() += ")";
        return e;
      }
      case K::Lookup: return {"local." + v.ref + "[var." + table(v.ref).param + "]." + v.text};
      case K::SecretRef: break;
      case K::OnlyFor: throw std::logic_error("terraform printer: a per-target value reached the printer (selectTarget)");
    }
    throw std::invalid_argument("terraform printer: SecretRef is CloudFormation-only (secret '" + v.ref + "')");
  }

  // Attributes and nested blocks; blocks are set off by blank lines.
  void properties(hcl::Body& body, const model::Fields& fields, int indent) const {
    bool afterBlock = false;
    for (const auto& [name, value] : fields) {
      if (value.kind == K::Block) {
        body.blank();
        properties(body.block(name), value.fields, indent + 2);
        afterBlock = true;
        continue;
      }
      if (afterBlock) body.blank();
      afterBlock = false;
      body.attribute(name, expr(value, indent));
    }
  }

  const model::Table& table(const std::string& name) const {
    for (const auto& t : stack_.tables)
      if (t.name == name) return t;
    throw std::invalid_argument("terraform printer: lookup in unknown table '" + name + "'");
  }

  // Tables as locals: one map per table, keyed by the values of its param.
  std::vector<std::string> locals() const {
    if (stack_.tables.empty()) return {};
    hcl::Body file;
    auto& b = file.block("locals");
    for (const auto& t : stack_.tables) {
      std::vector<hcl::Entry> rows;
      for (const auto& [key, cols] : t.rows) rows.push_back({hcl::objectKey(key), expr(PValue::object(cols), 4)});
      b.attribute(t.name, hcl::object(rows, 2));
    }
    return {render(file)};
  }

  // The oldest Terraform and provider that run what the stack uses: ephemeral
  // resources exist from Terraform 1.10 on; write-only arguments (`*_wo`,
  // which keep passwords out of the state) from Terraform 1.11, and in
  // hashicorp/aws from 5.87 (master_password_wo, value_wo) and 5.88
  // (password_wo, secret_string_wo). An older version would fail at init, or
  // reject the argument as unknown.
  std::string versions() const {
    bool ephemeral = false, write_only = false;
    for (const auto& r : stack_.resources) {
      ephemeral = ephemeral || r.tf_mode == "ephemeral";
      for (const auto& [name, value] : r.properties) write_only = write_only || name.ends_with("_wo");
    }
    hcl::Body file;
    auto& tf = file.block("terraform");
    tf.attribute("required_version", {hcl::quote(write_only ? ">= 1.11" : ephemeral ? ">= 1.10" : ">= 1.5")});
    tf.blank();
    auto& req = tf.block("required_providers");
    req.attribute("aws", hcl::object({{"source", {hcl::quote("hashicorp/aws")}},
                                      {"version", {hcl::quote(write_only ? "~> 5.88" : "~> 5.0")}}},
                                     4));
    return render(file);
  }

  std::string providers() const {
    hcl::Body file;
    auto& aws = file.block("provider \"aws\"");
    if (!stack_.region.empty()) aws.attribute("region", {hcl::quote(stack_.region)});
    // One aliased provider per other region; regional resources name theirs.
    for (size_t i = 1; i < stack_.regions.size(); ++i) {
      file.blank();
      auto& other = file.block("provider \"aws\"");
      other.attribute("alias", {hcl::quote(providerAlias(stack_.regions[i]))});
      other.attribute("region", {hcl::quote(stack_.regions[i])});
    }
    return render(file);
  }

  std::vector<std::string> variables() const {
    std::vector<std::string> out;
    for (const auto& p : stack_.params) {
      hcl::Body file;
      auto& b = file.block("variable " + hcl::quote(p.name));
      b.attribute("type", {hclType(p.type)});
      if (!p.description.empty()) b.attribute("description", {hcl::quote(p.description)});
      if (p.has_default) b.attribute("default", expr(p.default_value, 2));
      if (p.sensitive) b.attribute("sensitive", {"true"});
      if (!p.allowed.empty()) {
        // One line however long: fmt never re-wraps, and a condition reads best whole.
        std::string set, text;
        bool numeric = p.type == "number" || p.type == "bool";
        for (const auto& a : p.allowed) {
          set += (set.empty() ? "" : ", ") + (numeric ? a : hcl::quote(a));
          text += (text.empty() ? "" : ", ") + a;
        }
        set = "[" + set + "]";
        std::string cond = p.type.rfind("list(", 0) == 0
                               ? "alltrue([for v in var." + p.name + " : contains(" + set + ", v)])"
                               : "contains(" + set + ", var." + p.name + ")";
        b.blank();
        auto& val = b.block("validation");
        val.attribute("condition", {cond});
        val.attribute("error_message", {hcl::quote("Allowed values for " + p.name + ": " + text + ".")});
      }
      if (p.name_constraint) {
        // What every resource name the param reaches allows (lower/param_constraints.h).
        const model::NameConstraint& c = *p.name_constraint;
        std::string v = "var." + p.name, cond;
        if (c.max_length >= 0) cond = "length(" + v + ") <= " + std::to_string(c.max_length);
        if (!c.pattern.empty())
          cond += (cond.empty() ? "" : " && ") + ("can(regex(" + hcl::quote(c.pattern) + ", " + v + "))");
        b.blank();
        auto& val = b.block("validation");
        val.attribute("condition", {cond});
        val.attribute("error_message", {hcl::quote(model::nameConstraintSentence(p))});
      }
      out.push_back(render(file));
    }
    return out;
  }

  std::vector<std::string> resources() {
    std::vector<std::string> out;
    for (const auto& r : stack_.resources) {
      context_ = r.condition;
      std::string mode = r.tf_mode.empty() ? "resource" : r.tf_mode;
      hcl::Body file;
      auto& b = file.block(mode + " " + hcl::quote(r.type) + " " + hcl::quote(r.id));
      if (!r.region.empty()) b.attribute("provider", {"aws." + providerAlias(r.region)});
      if (!r.condition.empty()) b.attribute("count", {"var." + r.condition + " ? 1 : 0"});
      if (!r.region.empty() || !r.condition.empty()) b.blank();
      properties(b, r.properties, 2);
      if (!r.depends_on.empty()) {
        std::vector<Expr> deps;
        for (const auto& d : r.depends_on) deps.push_back({address(target(d))});
        b.blank();
        b.attribute("depends_on", hcl::list(deps, 2));
      }
      if (!r.ignore_changes.empty()) {
        std::vector<Expr> names;
        for (const auto& name : r.ignore_changes) names.push_back({name});
        b.blank();
        b.block("lifecycle").attribute("ignore_changes", hcl::list(names, 4));
      }
      out.push_back(render(file));
    }
    context_.clear();
    return out;
  }

  std::vector<std::string> outputs() const {
    std::vector<std::string> out;
    for (const auto& o : stack_.outputs) {
      hcl::Body file;
      auto& b = file.block("output " + hcl::quote(o.name));
      b.attribute("value", expr(o.value, 2));
      if (!o.description.empty()) b.attribute("description", {hcl::quote(o.description)});
      if (o.sensitive) b.attribute("sensitive", {"true"});
      out.push_back(render(file));
    }
    return out;
  }
};

}  // namespace

model::OutputFiles printTerraform(const model::Stack& stack) { return Printer(stack).run(); }

}  // namespace migc::terraform
