// Declarations: collected across all files of the program (loops, ifs,
// `when` and components expanded), then each checked against its schema.
#include "sema/elaborate.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <tuple>

#include "base/confine.h"
#include "sema/elaborator.h"
#include "sema/value_checks.h"
#include "syntax/literals.h"

namespace migc::sema {
namespace {
using Kind = ir::Value::Kind;

// Declarations written in a body (inside ifs, both branches, and loop
// bodies, once each): what program.objects is reserved for, so that a large
// program does not pay for the vector's growth slack (a third on average).
// An estimate: loops and components may declare more, and the vector grows.
size_t declarationsIn(const Ast& ast, NodeId body);
size_t declarationsAt(const Ast& ast, NodeId item) {
  const Node& n = ast.node(item);
  switch (n.kind) {
    case NodeKind::Block: return 1;
    case NodeKind::For: return declarationsIn(ast, n.c);
    case NodeKind::If:
      return declarationsIn(ast, n.b) +
             (!n.c ? 0 : ast.node(n.c).kind == NodeKind::If ? declarationsAt(ast, n.c) : declarationsIn(ast, n.c));
    default: return 0;
  }
}
size_t declarationsIn(const Ast& ast, NodeId body) {
  size_t count = 0;
  if (body)
    for (NodeId item : ast.list(ast.node(body).list)) count += declarationsAt(ast, item);
  return count;
}

// Items that only declare a name: collected before anything is evaluated.
bool declaresName(NodeKind kind) {
  return kind == NodeKind::Param || kind == NodeKind::Let || kind == NodeKind::Output ||
         kind == NodeKind::Component || kind == NodeKind::Import;
}

Global makeGlobal(Global::Kind kind, const Ast& ast, NodeId node) {
  Global g;
  g.kind = kind;
  g.ast = &ast;
  g.node = node;
  return g;
}
}  // namespace

ir::Program elaborate(SourceManager& sm, const std::vector<SourceFileAst>& files, DiagnosticSink& diags,
                      const ElaborateOptions& options, SymbolIndex* symbols) {
  return Elaborator(sm, files, diags, options, symbols).run();
}

ir::Program Elaborator::run() {
  size_t declarations = 0;
  for (const SourceFileAst& f : files_) {
    if (!f.alias.empty()) aliases_.insert(f.alias);
    if (f.ast->root()) declarations += declarationsIn(*f.ast, f.ast->root());
  }
  program_.objects.reserve(declarations);
  pending_.reserve(declarations);
  // Declarations are order-independent, across files too: first every name
  // declared at the top level of every file (params, lets, outputs,
  // components), then what depends on values (ifs, loops, `when`, component
  // uses, computed labels), which may then use any of those names.
  for (bool names_first : {true, false}) {
    for (const SourceFileAst& f : files_) {
      const Ast& ast = *f.ast;
      if (!ast.root()) continue;
      module_prefix_ = f.alias.empty() ? "" : f.alias + ".";
      for (NodeId item : ast.list(ast.node(ast.root()).list))
        if (declaresName(ast.node(item).kind) == names_first) collect(ast, item, module_prefix_);
    }
  }
  module_prefix_.clear();
  // Past a limit (MIG1028/MIG1029) the program is not checked further: its
  // declarations would only report the consequences, many times over.
  if (exhausted_) return std::move(program_);
  // Params and the migration block may use any declaration of the program,
  // so they are evaluated once everything is declared.
  for (auto [ast, id] : deferred_params_) elaborateParam(*ast, id);
  if (migration_.first) elaborateMigration(*migration_.first, migration_.second);
  if (migration_blocks_ == 0 && !files_.empty() && files_[0].ast->root()) {
    const Ast& first = *files_[0].ast;
    diags_.report(DiagKind::MigrationBlock, SourceRange{first.file(), 0, 0},
                  "the program has no migration block")
        .help("add: migration \"name\" { region = \"us-east-1\" }");
  }
  for (size_t i = 0; i < pending_.size(); ++i) elaborateObject(i);
  expansions_.clear();
  // Lets nobody uses are still checked.
  for (uint32_t i : globalsByName(Global::Kind::Let)) {
    Global& g = globals_[i];
    if (g.value < 0) globalValue(*g.ast, g.node, g);
  }
  // An output of a component's body is an output of the program for each
  // instance (`acme_endpoint`), ordered by where the instance is used.
  std::vector<std::tuple<uint32_t, uint32_t, int>> output_order;  // file, offset, instance
  for (uint32_t i : globalsByName(Global::Kind::Output)) {
    Global& g = globals_[i];
    ir::Value v = globalValue(*g.ast, g.node, g);
    if (v.kind == Kind::Null) continue;
    SourceRange where;
    inScopeOf(g, [&] { where = range(*g.ast, g.node); });  // marked with the instance's expansion
    std::tuple<uint32_t, uint32_t, int> order{where.file.index, where.begin, -1};
    for (int in = g.scope >= 0 ? scopes_[static_cast<size_t>(g.scope)].instance : -1; in >= 0;
         in = instances_[static_cast<size_t>(in)].parent) {
      const SourceRange& use = instances_[static_cast<size_t>(in)].use;
      order = {use.file.index, use.begin, in};
    }
    program_.outputs.push_back({g.name, std::move(v), where});
    output_order.push_back(order);
  }
  markSecretParams(program_);
  checkDynamicReferences(program_, diags_);
  // Outputs in source order (an instance's where it is used), not name order.
  std::vector<size_t> order(program_.outputs.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return output_order[a] < output_order[b]; });
  std::vector<ir::Output> sorted;
  sorted.reserve(order.size());
  for (size_t i : order) sorted.push_back(std::move(program_.outputs[i]));
  program_.outputs = std::move(sorted);
  recordLetValues();
  return std::move(program_);
}

bool Elaborator::declareGlobal(std::string name, Global g, SourceRange where) {
  if (const Global* first = findGlobal(name)) {
    diags_.report(DiagKind::DuplicateDeclaration, where, name).note("first declared here", first->range);
    return false;
  }
  g.name = std::move(name);
  g.range = where;
  globals_.push_back(std::move(g));
  global_index_.emplace(globals_.back().name, static_cast<uint32_t>(globals_.size() - 1));
  recordDeclaration(globals_.back(), where);
  return true;
}

Global* Elaborator::findGlobal(std::string_view name) {
  auto it = global_index_.find(name);
  return it == global_index_.end() ? nullptr : &globals_[it->second];
}

const Global* Elaborator::findGlobal(std::string_view name) const {
  auto it = global_index_.find(name);
  return it == global_index_.end() ? nullptr : &globals_[it->second];
}

std::vector<uint32_t> Elaborator::globalsByName(Global::Kind kind) const {
  std::vector<uint32_t> out;
  for (uint32_t i = 0; i < globals_.size(); ++i)
    if (globals_[i].kind == kind) out.push_back(i);
  std::sort(out.begin(), out.end(), [&](uint32_t a, uint32_t b) { return globals_[a].name < globals_[b].name; });
  return out;
}

void Elaborator::collect(const Ast& ast, NodeId item, const std::string& prefix) {
  if (exhausted_) return;
  const Node& n = ast.node(item);
  // Annotations on an item that is not a block: @file:allow applies to the
  // file wherever it is written; a plain @allow has nothing to apply to.
  if (n.list2.count && n.kind != NodeKind::Block) {
    ir::Object none;
    for (NodeId a : ast.list(n.list2)) {
      if (ast.node(a).op) recordAnnotation(ast, a, none);
      else if (ast.str(ast.node(a).name) == "allow")  // unknown annotations were reported by the parser
        diags_.report(DiagKind::InvalidSuppression, range(ast, a), "@allow applies to a declaration block")
            .help("write @file:allow(...) for the whole file, or put @allow on the block it is about");
    }
  }
  auto nameRange = [&]() {
    return SourceRange{ast.file(), n.begin, n.end};
  };
  switch (n.kind) {
    case NodeKind::Param:
      if (prefix != module_prefix_) {
        diags_.report(DiagKind::MisplacedItem, nameRange(), "params are declared at the top level of a file");
        return;
      }
      declareGlobal(std::string(ast.str(n.name)), makeGlobal(Global::Kind::Param, ast, item), nameRange());
      findGlobal(ast.str(n.name))->type = paramType(ast, n.a);
      deferred_params_.emplace_back(&ast, item);
      return;
    case NodeKind::Let:
    case NodeKind::Output: {
      // In a component's body or a loop, the value is evaluated where it is
      // written: with the parameters and loop variables in force there.
      Global g = makeGlobal(n.kind == NodeKind::Let ? Global::Kind::Let : Global::Kind::Output, ast, item);
      g.scope = captureScope();
      std::string name = prefix + std::string(ast.str(n.name));
      if (declareGlobal(name, std::move(g), nameRange())) addMember(ast.str(n.name), name);
      return;
    }
    case NodeKind::Component:
      declareGlobal(prefix + std::string(ast.str(n.name)), makeGlobal(Global::Kind::Component, ast, item), nameRange());
      return;
    case NodeKind::Import:
      if (prefix != module_prefix_)
        diags_.report(DiagKind::MisplacedItem, nameRange(), "imports belong at the top level of a file");
      return;  // resolved by the driver before sema runs
    case NodeKind::Attribute:
      diags_.report(DiagKind::MisplacedItem, nameRange(), "an attribute must be inside a block")
          .help("wrap it in a declaration such as `cluster aurora { ... }`");
      return;
    case NodeKind::If: {
      std::optional<bool> c = ifCondition(ast, n.a);
      if (!c) return;
      NodeId chosen = *c ? n.b : n.c;
      if (!chosen) return;
      if (ast.node(chosen).kind == NodeKind::If) collect(ast, chosen, prefix);
      else for (NodeId inner : ast.list(ast.node(chosen).list)) collect(ast, inner, prefix);
      return;
    }
    case NodeKind::For:
      forLoop(ast, n, [&] {
        for (NodeId inner : ast.list(ast.node(n.c).list)) collect(ast, inner, prefix);
      });
      return;
    case NodeKind::Block: break;
    default: return;  // Error nodes: already reported by the parser
  }

  std::string kind(ast.str(n.name));
  if (kind == "migration") {
    if (++migration_blocks_ > 1) {
      diags_.report(DiagKind::MigrationBlock, range(ast, item), "a program has exactly one migration block");
      return;
    }
    migration_ = {&ast, item};
    return;
  }
  // The declaration's name: an identifier or a (constant) string.
  std::string label;
  SourceRange label_range = range(ast, item);
  if (n.a) {
    label_range = range(ast, n.a);
    const Node& l = ast.node(n.a);
    if (l.kind == NodeKind::Name) {
      label = ast.str(l.name);
    } else {
      ir::Value v = evalString(ast, n.a);
      if (v.kind != Kind::String) {
        diags_.report(DiagKind::NotConstant, label_range, "a declaration's name", firstSymbolic(v));
        return;
      }
      label = v.text;
    }
  }
  const KindSchema* schema = findKind(kind);
  const Global* component = schema ? nullptr : findGlobal(kind);
  if (component && component->kind == Global::Kind::Component) {
    recordComponentUse(ast, item, *component);
    if (label.empty()) {
      diags_.report(DiagKind::MisplacedItem, label_range, fmt::format("a use of component '{}' needs a name", kind));
      return;
    }
    expandComponent(ast, item, *component, prefix + label);
    return;
  }
  SourceRange kind_range{ast.file(), n.begin, n.begin + static_cast<uint32_t>(kind.size())};
  if (n.list2.count) kind_range = range(ast, item);
  if (!schema) {
    auto d = diags_.report(DiagKind::UnknownKind, kind_range, kind);
    NameSuggester suggest(kind);
    for (const KindSchema* k : allKinds()) suggest.consider(k->name);
    if (const std::string& best = suggest.best(); !best.empty())
      d.fix(kind_range, best).help(fmt::format("did you mean '{}'?", best));
    return;
  }
  if (label.empty()) {
    diags_.report(DiagKind::MisplacedItem, kind_range, fmt::format("a {} needs a name: {} NAME {{ ... }}", kind, kind));
    return;
  }
  ir::Object object;
  // `when`: a constant false removes the declaration; a bool param makes it
  // conditional at deploy time.
  if (n.b) {
    ir::Value c = eval(ast, n.b);
    if (c.kind == Kind::Bool && !c.boolean) return;
    if (c.kind == Kind::Param) {
      const Global* g = findGlobal(c.text);
      if (g && g->type != "bool") {
        diags_.report(DiagKind::TypeMismatch, range(ast, n.b), "a boolean", describe(c));
        return;
      }
      object.condition = c;
    } else if (c.kind != Kind::Bool && c.kind != Kind::Null) {
      diags_.report(DiagKind::TypeMismatch, range(ast, n.b), "a boolean or a bool parameter", describe(c));
      return;
    }
  }
  object.kind = kind;
  object.name = prefix + label;
  object.range = range(ast, item);
  object.name_range = label_range;
  if (program_.objects.size() >= kMaxDeclarations) {
    overLimit("the number of declarations", kMaxDeclarations, range(ast, item));
    return;
  }
  int index = static_cast<int>(program_.objects.size());
  Global g = makeGlobal(Global::Kind::Object, ast, item);
  g.object = index;
  if (declareGlobal(object.name, g, label_range)) addMember(label, object.name);
  program_.add(std::move(object));
  std::map<std::string, ir::Value, std::less<>> scope;
  for (const auto& s : locals_) for (const auto& [k, v] : s) scope[k] = v;
  pending_.push_back({&ast, item, std::move(scope), expansions_, instance_});
}

void Elaborator::addMember(std::string_view short_name, const std::string& full_name) {
  if (instance_ >= 0) instances_[static_cast<size_t>(instance_)].members.emplace(short_name, full_name);
}

int Elaborator::captureScope() {
  if (locals_.empty() && instance_ < 0) return -1;
  Scope scope;
  for (const auto& s : locals_) for (const auto& [k, v] : s) scope.locals[k] = v;
  scope.expansions = expansions_;
  scope.instance = instance_;
  scopes_.push_back(std::move(scope));
  return static_cast<int>(scopes_.size() - 1);
}

void Elaborator::inScopeOf(const Global& g, const std::function<void()>& body) {
  auto saved_locals = std::move(locals_);
  auto saved_expansions = expansions_;
  int saved_instance = instance_;
  locals_.clear();
  instance_ = -1;
  if (g.scope >= 0) {
    const Scope& scope = scopes_[static_cast<size_t>(g.scope)];
    locals_.push_back(scope.locals);
    expansions_ = scope.expansions;
    instance_ = scope.instance;
  }
  body();
  locals_ = std::move(saved_locals);
  expansions_ = std::move(saved_expansions);
  instance_ = saved_instance;
}

SourceRange Elaborator::range(const Ast& ast, NodeId id) const {
  SourceRange r = ast.range(id);
  for (auto it = expansions_.rbegin(); it != expansions_.rend(); ++it)
    if (it->ast == &ast && r.begin >= it->begin && r.end <= it->end) {
      r.expansion = it->id;
      break;
    }
  return r;
}

void Elaborator::elaborateObject(size_t index) {
  PendingObject& pending = pending_[index];
  const Ast& ast = *pending.ast;
  const Node& n = ast.node(pending.block);
  ir::Object& object = program_.objects[index];
  const KindSchema* schema = findKind(object.kind);
  locals_.clear();
  locals_.push_back(std::move(pending.locals));  // each object is elaborated once
  expansions_ = std::move(pending.expansions);
  instance_ = pending.instance;
  for (NodeId a : ast.list(n.list2)) recordAnnotation(ast, a, object);
  std::vector<std::string> withheld;
  elaborateBody(ast, n.c, *schema, object, "", object.fields, &withheld);
  // Defaults stay in one Map per kind instead of a copy per object; only an
  // object with a rejected value for a defaulted field gets its own Map, so
  // that field stays absent as it would have been.
  std::shared_ptr<const ir::Value> defaults = defaultsFor(*schema);
  if (!withheld.empty()) {
    auto own = std::make_shared<ir::Value>(*defaults);
    std::erase_if(own->entries, [&](const auto& entry) {
      return std::find(withheld.begin(), withheld.end(), entry.first) != withheld.end();
    });
    defaults = std::move(own);
  }
  if (!defaults->entries.empty()) object.defaults = std::move(defaults);
  // Metric fields carry what CloudWatch needs, resolved from the watched kind:
  // `watch` of an alarm, and metrics inside blocks (a dashboard's widgets) in
  // the same nesting as the fields, so backends need no schema.
  ir::Value facts = metricFacts(object.fields, *schema, object.defaults.get());
  resolveLocalPaths(*schema, object, facts);
  object.facts = std::move(facts);
  locals_.clear();
  instance_ = -1;
}

// Whether a schema has a metric-typed field, in itself or a nested block:
// most kinds have none, and their objects need no walk for facts.
static bool hasMetricFields(const KindSchema& schema, int depth = 0) {
  if (depth > 16) return true;  // deeper than any schema nests: walk it as before
  for (const FieldSchema& f : schema.fields) {
    const TypeSpec& t = f.type;
    if (t.tag == TypeSpec::Tag::Metric) return true;
    if (t.tag == TypeSpec::Tag::List && t.element && t.element->tag == TypeSpec::Tag::Metric) return true;
    if (t.tag == TypeSpec::Tag::Block && t.block && hasMetricFields(*t.block, depth + 1)) return true;
  }
  return false;
}

ir::Value Elaborator::metricFacts(const ir::Value& fields, const KindSchema& schema, const ir::Value* defaults) {
  ir::Value facts;
  facts.kind = Kind::Map;
  auto [known, inserted] = has_metrics_.try_emplace(&schema, false);
  if (inserted) known->second = hasMetricFields(schema);
  if (!known->second) return facts;
  auto metricOf = [&](const ir::Value& v) -> std::optional<ir::Value> {
    if (v.kind != Kind::Attr) return std::nullopt;
    const KindSchema* watched = kindOf(v);
    const AttributeSchema* a = watched ? watched->findAttribute(v.text) : nullptr;
    if (!a || !a->metric) return std::nullopt;
    ir::Value m;
    m.kind = Kind::Map;
    m.entries = {{"namespace", ir::Value::ofString(a->metric->namespace_)},
                 {"metric", ir::Value::ofString(a->metric->metric)},
                 {"unit", ir::Value::ofString(a->metric->unit)},
                 {"dimension", ir::Value::ofString(a->metric->dimension)}};
    return m;
  };
  for (const FieldSchema& f : schema.fields) {
    const ir::Value* v = fields.get(f.name);
    if (!v && defaults) v = defaults->get(f.name);
    if (!v) continue;
    if (f.type.tag == TypeSpec::Tag::Metric) {
      if (auto m = metricOf(*v)) facts.entries.emplace_back(f.name, std::move(*m));
    } else if (f.type.tag == TypeSpec::Tag::List && f.type.element && f.type.element->tag == TypeSpec::Tag::Metric &&
               v->kind == Kind::List) {
      ir::Value list;
      list.kind = Kind::List;
      for (const ir::Value& item : v->items)
        if (auto m = metricOf(item)) list.items.push_back(std::move(*m));
      facts.entries.emplace_back(f.name, std::move(list));
    } else if (f.type.tag == TypeSpec::Tag::Block && f.type.block) {
      if (f.type.repeated && v->kind == Kind::List) {
        ir::Value list;
        list.kind = Kind::List;
        bool any = false;
        for (const ir::Value& item : v->items) {
          list.items.push_back(metricFacts(item, *f.type.block));
          any |= !list.items.back().entries.empty();
        }
        if (any) facts.entries.emplace_back(f.name, std::move(list));
      } else if (v->kind == Kind::Map) {
        ir::Value inner = metricFacts(*v, *f.type.block);
        if (!inner.entries.empty()) facts.entries.emplace_back(f.name, std::move(inner));
      }
    }
  }
  return facts;
}

// Local asset paths (a function's `code`) are relative to the file that
// declares them, not to where migc runs; the backends read the absolute
// path from the facts, so the IR dump stays free of machine paths. The path
// is confined to the workspace (base/confine.h): it is zipped into every
// target, so it must not name the machine's own files.
void Elaborator::resolveLocalPaths(const KindSchema& schema, const ir::Object& object, ir::Value& facts) {
  namespace fs = std::filesystem;
  for (const FieldSchema& f : schema.fields) {
    if (!f.local_path) continue;
    const ir::Value* v = object.field(f.name);
    if (!v || v->kind != Kind::String) continue;
    fs::path declared(v->text);
    fs::path base = fs::path(sm_.path(object.range.file)).parent_path();
    fs::path full = (declared.is_absolute() ? declared : base / declared).lexically_normal();
    std::vector<fs::path> roots = options_.asset_roots;
    if (roots.empty()) roots.push_back(base.empty() ? fs::path(".") : base);
    ConfinedPath confined = v->text.empty() ? ConfinedPath{} : confinePath(full, roots, true);
    SourceRange where = object.rangeOf(f.name);
    switch (confined.status) {
      case Confined::Ok:
        facts.entries.emplace_back(f.name, ir::Value::ofString(confined.path.generic_string()));
        break;
      case Confined::Missing:
        diags_.report(DiagKind::AssetNotFound, where, v->text, full.generic_string())
            .help("the path is relative to the folder of the .mig file that declares it");
        break;
      case Confined::Outside:
        diags_.report(DiagKind::AssetOutsideWorkspace, where, v->text, confined.path.generic_string(),
                      canonicalRoot(roots.front()).generic_string())
            .help("copy the code into the folder being compiled");
        break;
      case Confined::NotRegular:
        diags_.report(DiagKind::NotRegularFile, where, v->text, confined.path.generic_string());
        break;
      case Confined::TooLarge:
        diags_.report(DiagKind::AssetTooLarge, where, v->text, kMaxInputBytes);
        break;
    }
  }
}

}  // namespace migc::sema
