// Declarations other than objects: the migration block, params, component
// uses and @allow annotations.
#include <algorithm>
#include <cctype>
#include <fmt/format.h>

#include "sema/elaborator.h"

namespace migc::sema {
namespace {
using Kind = ir::Value::Kind;
}  // namespace

void Elaborator::elaborateMigration(const Ast& ast, NodeId block) {
  const Node& n = ast.node(block);
  ir::Object settings;
  settings.kind = "migration";
  settings.range = range(ast, block);
  settings.name_range = n.a ? range(ast, n.a) : SourceRange{ast.file(), n.begin, n.begin + 9};
  if (n.a) {
    ir::Value name = ast.node(n.a).kind == NodeKind::Name ? ir::Value::ofString(std::string(ast.str(ast.node(n.a).name)))
                                                           : evalString(ast, n.a);
    if (name.kind == Kind::String) program_.name = name.text;
  } else {
    diags_.report(DiagKind::MigrationBlock, settings.name_range, "the migration needs a name: migration \"name\" { ... }");
  }
  ir::Value fields;
  elaborateBody(ast, n.c, migrationSchema(), settings, "", fields);
  program_.migration_range = settings.range;
  if (const ir::Value* regions = fields.get("regions"))
    for (const ir::Value& r : regions->items)
      if (r.kind == Kind::String) {
        program_.regions.push_back(r.text);
        program_.region_ranges.push_back(r.range.file.valid() ? r.range : settings.rangeOf("regions"));
      }
  if (const ir::Value* region = fields.get("region"); region && region->kind == Kind::String) {
    if (!program_.regions.empty() && program_.regions[0] != region->text)
      diags_.report(DiagKind::MigrationBlock, settings.rangeOf("region"), "region must be the first of regions");
    else if (program_.regions.empty()) {
      program_.regions.push_back(region->text);
      program_.region_ranges.push_back(settings.rangeOf("region"));
    }
  }
  if (program_.regions.empty())
    diags_.report(DiagKind::MigrationBlock, settings.name_range, "the migration needs a region")
        .help("add region = \"us-east-1\" (or regions = [...] for several)");
  if (const ir::Value* naming = fields.get("naming")) {
    if (naming->kind == Kind::String) program_.naming = naming->text;
    program_.naming_range = naming->range.file.valid() ? naming->range : settings.rangeOf("naming");
  }
  if (const ir::Value* tags = fields.get("tags")) program_.tags = *tags;
  if (const ir::Value* budget = fields.get("monthly_budget")) {
    program_.monthly_budget = *budget;
    if (!program_.monthly_budget.range.file.valid()) program_.monthly_budget.range = settings.rangeOf("monthly_budget");
  }
  for (NodeId a : ast.list(n.list2)) recordAnnotation(ast, a, settings);
}

std::string_view Elaborator::paramType(const Ast& ast, NodeId type) const {
  const Node& t = ast.node(type);
  if (t.kind != NodeKind::NamedType) return "string";
  std::string_view name = ast.str(t.name);
  for (std::string_view known : {"string", "int", "number", "bool", "list", "map"})
    if (name == known) return known;  // a literal: it outlives the AST
  return "string";  // reported by elaborateParam
}

void Elaborator::elaborateParam(const Ast& ast, NodeId id) {
  const Node& n = ast.node(id);
  ir::Param p;
  p.name = ast.str(n.name);
  p.range = range(ast, id);
  const Node& type = ast.node(n.a);
  TypeSpec spec = types::string();
  if (type.kind == NodeKind::EnumType) {
    p.type = "string";
    for (NodeId member : ast.list(type.list)) p.allowed.push_back(evalString(ast, member).text);
    spec = types::oneOf(p.allowed);
  } else if (type.kind == NodeKind::NamedType) {
    std::string t(ast.str(type.name));
    static const std::map<std::string, TypeSpec (*)(), std::less<>> kTypes = {
        {"string", types::string}, {"int", types::integer}, {"number", types::number}, {"bool", types::boolean}};
    auto it = kTypes.find(t);
    if (t == "list" || t == "map") {
      p.type = t;
      spec = t == "list" ? types::listOf(types::any()) : types::mapOf(types::any());
    } else if (it != kTypes.end()) {
      p.type = t;
      spec = it->second();
    } else {
      diags_.report(DiagKind::TypeMismatch, range(ast, n.a), "a parameter type (string, int, number, bool, list or map)",
                    fmt::format("'{}'", t))
          .help("durations and sizes are not deploy-time parameters; use a let");
      p.type = "string";
    }
  }
  if (n.b) {
    ir::Value v = eval(ast, n.b, &spec);
    if (v.kind != Kind::Null && !v.isConstant()) {
      diags_.report(DiagKind::NotConstant, range(ast, n.b), "a parameter's default", firstSymbolic(v));
    } else if (v.kind != Kind::Null && checkValue(v, spec, range(ast, n.b), p.name)) {
      p.has_default = true;
      p.default_value = v;
    }
  }
  program_.params.push_back(std::move(p));
}

void Elaborator::expandComponent(const Ast& ast, NodeId block, const Global& component, const std::string& instance) {
  const Ast& cast = *component.ast;
  const Node& decl = cast.node(component.node);
  const Node& use = ast.node(block);
  // A component that uses itself, directly or through others, would expand forever.
  if (std::find(components_.begin(), components_.end(), &component) != components_.end()) {
    std::string chain;
    for (auto it = std::find(components_.begin(), components_.end(), &component); it != components_.end(); ++it)
      chain += (*it)->name + " -> ";
    auto d = diags_.report(DiagKind::ComponentRecursion, range(ast, block), component.name, chain + component.name);
    d.note("the component is declared here", component.range);
    return;
  }
  ExpansionLevel level(*this, range(ast, block));
  if (!level) return;
  components_.push_back(&component);
  struct Pop {
    std::vector<const Global*>& stack;
    ~Pop() { stack.pop_back(); }
  } pop{components_};
  std::map<std::string, ir::Value, std::less<>> scope;
  std::map<std::string, NodeId, std::less<>> given;
  for (NodeId item : ast.list(ast.node(use.c).list)) {
    const Node& a = ast.node(item);
    if (a.kind != NodeKind::Attribute || ast.node(a.a).kind != NodeKind::Name) {
      diags_.report(DiagKind::MisplacedItem, range(ast, item),
                    fmt::format("a use of component '{}' takes only `parameter = value` lines", cast.str(decl.name)));
      continue;
    }
    given[std::string(ast.str(ast.node(a.a).name))] = a.b;
  }
  for (NodeId p : cast.list(decl.list)) {
    const Node& param = cast.node(p);
    std::string name(cast.str(param.name));
    auto it = given.find(name);
    ir::Value v = it != given.end() ? eval(ast, it->second) : param.b ? eval(cast, param.b) : ir::Value{};
    if (it == given.end() && !param.b) {
      diags_.report(DiagKind::MissingField, range(ast, use.a ? use.a : block), cast.str(decl.name), name)
          .note("the component declares it here", range(cast, p));
    }
    if (it != given.end()) given.erase(it);
    scope[name] = v;
  }
  for (const auto& [name, node] : given) {
    diags_.report(DiagKind::UnknownField, range(ast, node), cast.str(decl.name), name)
        .note("the component's parameters are declared here", range(cast, component.node));
  }
  // The body sees the parameters and, by their short names, its own
  // declarations (instance_), not the loop variables around the use.
  auto outer_locals = std::move(locals_);
  locals_.clear();
  locals_.push_back(std::move(scope));
  SourceRange use_range = range(ast, use.a ? use.a : block);
  int parent = instance_;
  instances_.push_back({instance, &component, parent, use_range, {}});
  instance_ = static_cast<int>(instances_.size() - 1);
  // A second use of the same name keeps the first in the index: its
  // declarations are reported as duplicates (MIG1002).
  instance_index_.emplace(instance, static_cast<uint32_t>(instance_));
  if (parent >= 0) {
    const std::string& parent_name = instances_[static_cast<size_t>(parent)].name;
    instances_[static_cast<size_t>(parent)].members.emplace(instance.substr(parent_name.size() + 1), instance);
  }
  SourceRange body = cast.range(decl.c);
  uint32_t id = sm_.addExpansion(std::string(cast.str(decl.name)), use_range);
  expansions_.push_back({&cast, body.begin, body.end, id});
  for (NodeId item : cast.list(cast.node(decl.c).list)) collect(cast, item, instance + "_");
  expansions_.pop_back();
  instance_ = parent;
  locals_ = std::move(outer_locals);
}

void Elaborator::recordAnnotation(const Ast& ast, NodeId id, ir::Object& object) {
  const Node& n = ast.node(id);
  if (ast.str(n.name) != "allow") return;  // unknown annotations were reported by the parser
  std::vector<std::pair<std::string, SourceRange>> codes;
  std::string reason;
  bool wrote_code = false;
  for (NodeId a : ast.list(n.list)) {
    const Node& arg = ast.node(a);
    if (arg.name.valid()) {
      if (ast.str(arg.name) == "reason") {
        ir::Value r = eval(ast, arg.a);
        if (r.kind == Kind::String) reason = r.text;
      } else {
        diags_.report(DiagKind::InvalidSuppression, range(ast, a),
                      fmt::format("@allow takes codes and `reason`, not '{}'", ast.str(arg.name)));
      }
      continue;
    }
    wrote_code = true;
    const Node& code = ast.node(arg.a);
    std::string text = code.kind == NodeKind::Name ? std::string(ast.str(code.name)) : evalString(ast, arg.a).text;
    // MIG5900-MIG5999 belong to the program's own `policy` declarations,
    // which the policy pass matches against the suppression later.
    bool project_rule = text.size() == 7 && text.starts_with("MIG59") && std::isdigit(static_cast<unsigned char>(text[5])) &&
                        std::isdigit(static_cast<unsigned char>(text[6]));
    if (!project_rule && !findDiagByCode(text)) {
      diags_.report(DiagKind::InvalidSuppression, range(ast, a), fmt::format("'{}' is not a diagnostic code", text));
      continue;
    }
    if (text.size() == 7 && text[3] < '2') {
      diags_.report(DiagKind::UnsuppressibleCode, range(ast, a), text,
                    text[3] == '0' ? "it is a syntax error" : "it is a name, type or declaration error");
      continue;
    }
    codes.emplace_back(text, range(ast, a));
  }
  if (!wrote_code)
    diags_.report(DiagKind::InvalidSuppression, range(ast, id), "@allow needs at least one diagnostic code");
  if (reason.empty())
    diags_.report(DiagKind::InvalidSuppression, range(ast, id), "a suppression must give a reason")
        .help("write @allow(CODE, reason = \"why this is acceptable here\")");
  for (auto& [code, where] : codes)
    program_.suppressions.push_back({code, reason, n.op ? "" : object.name, ast.file(), where});
}

}  // namespace migc::sema
