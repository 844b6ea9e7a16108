// Completion: kinds at file level, the fields of the enclosing kind (as
// snippets whose placeholders are valid values), enum values, references
// of the right kind, attributes after `name.`, units after a number, and
// engine versions from the stdlib tables. The context comes from the text
// (completion_context.h); names and kinds from the symbol index.
#include <fmt/format.h>

#include <unordered_set>

#include "lsp/completion_context.h"
#include "lsp/features.h"
#include "lsp/snippets.h"
#include "sema/builtin_functions.h"
#include "sema/schema_text.h"

namespace migc::lsp {
namespace {

using Where = CompletionContext::Where;
using sema::SymbolIndex;
using Tag = sema::TypeSpec::Tag;

// LSP CompletionItemKind.
enum ItemKind { kFunction = 3, kField = 5, kVariable = 6, kClass = 7, kModule = 9, kProperty = 10, kUnit = 11,
                kValue = 12, kKeyword = 14, kSnippet = 15, kEnumMember = 20, kStruct = 22 };

class Items {
 public:
  // A large program has thousands of names; past kMax the list is cut and
  // marked incomplete, so the client asks again as the prefix grows.
  static constexpr size_t kMax = 300;

  Items(const Query& q, const CompletionContext& ctx)
      : ctx_(ctx),
        range_({{"start", q.position(q.file, ctx.prefix_begin)}, {"end", q.position(q.file, q.offset)}}) {}

  void add(std::string label, int kind, std::string detail, std::string insert = {}, bool snippet = false,
           std::string doc = {}, std::string sort = {}) {
    if (!label.starts_with(ctx_.prefix) && !(ctx_.prefix.starts_with("@") && ("@" + label).starts_with(ctx_.prefix)))
      return;
    if (items_.size() >= kMax) {
      incomplete_ = true;
      return;
    }
    if (!labels_.insert(label).second) return;  // the first offer of a label wins
    json item{{"label", label}, {"kind", kind}, {"detail", detail}};
    std::string text = insert.empty() ? label : insert;
    item["textEdit"] = {{"range", range_}, {"newText", text}};
    item["insertTextFormat"] = snippet ? 2 : 1;
    if (!doc.empty()) item["documentation"] = {{"kind", "markdown"}, {"value", doc}};
    if (!sort.empty()) item["sortText"] = sort;
    items_.push_back(std::move(item));
  }
  json result() { return {{"isIncomplete", incomplete_}, {"items", std::move(items_)}}; }

 private:
  const CompletionContext& ctx_;
  json range_;
  json items_ = json::array();
  bool incomplete_ = false;
  std::unordered_set<std::string> labels_;
};

// The schema of the innermost block the context names, or null.
const sema::KindSchema* schemaOf(const CompletionContext& ctx) {
  if (ctx.blocks.empty()) return nullptr;
  const sema::KindSchema* k = ctx.blocks[0] == "migration" ? &sema::migrationSchema() : sema::findKind(ctx.blocks[0]);
  for (size_t i = 1; k && i < ctx.blocks.size(); ++i) {
    const sema::FieldSchema* f = k->findField(ctx.blocks[i]);
    k = f && f->type.tag == Tag::Block ? f->type.block : nullptr;
  }
  return k;
}

void kinds(Items& items, const Query& q) {
  bool has_migration = !q.analysis.ws.program.name.empty() || q.analysis.ws.program.migration_range.file.valid();
  if (!has_migration)
    items.add("migration", kClass, "the program's migration block (one per program)",
              "migration \"${1:name}\" {\n  region = \"${2:us-east-1}\"\n}$0", true, sema::migrationSchema().doc, "0");
  for (const sema::KindSchema* k : sema::allKinds())
    if (k->name != "migration") items.add(k->name, kClass, "kind", kindSnippet(q, *k), true, k->doc, "1" + k->name);
  for (const char* kw : {"let", "param", "output", "component", "import", "if", "for"})
    items.add(kw, kKeyword, "keyword", {}, false, {}, "3");
  for (const SymbolIndex::Declaration& d : q.analysis.symbols.declarations)
    if (d.kind == SymbolIndex::Kind::Component)
      items.add(d.name, kModule, "component", d.name + " ${1:name} {\n  $0\n}", true, {}, "2");
}

void fields(Items& items, const Query& q, const CompletionContext& ctx) {
  const sema::KindSchema* k = schemaOf(ctx);
  if (!k) return;
  auto written = [&](const std::string& name) {
    return std::find(ctx.written.begin(), ctx.written.end(), name) != ctx.written.end();
  };
  for (const sema::FieldSchema& f : k->fields) {
    bool repeatable = f.type.tag == Tag::Block && f.type.repeated;
    if (written(f.name) && !repeatable) continue;
    std::string detail = sema::fieldTypeText(f) + (f.required ? ", required" : "");
    std::string sort = (f.required ? "0" : "1") + f.name;
    if (f.type.tag == Tag::Block)
      items.add(f.name, kStruct, detail, blockSnippet(q, f.name, *f.type.block), true, f.type.block->doc, sort);
    else
      items.add(f.name, kField, detail, fieldSnippet(q, f), true, f.doc, sort);
  }
  if (ctx.blocks.size() == 1)
    if (const sema::FieldSchema* region = sema::regionFieldFor(*k, ""); region && !written("region"))
      items.add("region", kField, "a string", "region = \"${1:" + snippetEscape(q.analysis.ws.program.regions.empty() ? "us-east-1" : q.analysis.ws.program.regions[0]) + "}\"", true, region->doc, "2region");
}

// Names that fit the field's type; every name when the type says nothing.
void values(Items& items, const Query& q, const CompletionContext& ctx) {
  const sema::KindSchema* k = schemaOf(ctx);
  const sema::FieldSchema* f = k && !ctx.field.empty() ? k->findField(ctx.field) : nullptr;
  if (!f && k && ctx.field == "region") {
    for (const std::string& r : q.analysis.ws.program.regions) items.add("\"" + r + "\"", kValue, "a region of the migration");
    return;
  }
  const sema::TypeSpec* t = f ? &f->type : nullptr;
  if (t && t->tag == Tag::List && t->element) t = t->element.get();
  if (t && t->tag == Tag::Enum) {
    for (const std::string& v : t->values) items.add(v, kEnumMember, "value of " + ctx.field);
    return;
  }
  if (t && t->tag == Tag::Bool) {
    items.add("true", kKeyword, "bool");
    items.add("false", kKeyword, "bool");
  }
  if (t && t->tag == Tag::Engine) {
    for (const sema::EngineFunction& e : sema::engineFunctions())
      items.add(std::string(e.function), kFunction, std::string(e.doc), engineSnippet(q, e), true);
    return;
  }
  const SymbolIndex& index = q.analysis.symbols;
  for (const SymbolIndex::Declaration& d : index.declarations) {
    switch (d.kind) {
      case SymbolIndex::Kind::Object:
        if (t && t->tag == Tag::Ref && !t->refAccepts(d.object_kind)) break;
        if (t && t->tag == Tag::Metric) {
          if (const sema::KindSchema* ok = sema::findKind(d.object_kind))
            for (const sema::AttributeSchema& a : ok->attributes)
              if (a.metric) items.add(d.name + "." + a.name, kProperty, fmt::format("{} {} ({})", a.metric->namespace_, a.metric->metric, a.metric->unit), {}, false, a.doc);
          break;
        }
        items.add(d.name, kVariable, d.object_kind);
        break;
      case SymbolIndex::Kind::Let: case SymbolIndex::Kind::Param:
        if (!t || (t->tag != Tag::Ref && t->tag != Tag::Metric))
          items.add(d.name, kVariable, d.kind == SymbolIndex::Kind::Let ? "let" : "param");
        break;
      default: break;
    }
  }
  if (!t || t->tag == Tag::Any || t->tag == Tag::String || t->tag == Tag::Int || t->tag == Tag::Number ||
      t->tag == Tag::List || t->tag == Tag::Map) {
    for (const sema::BuiltinFunction& b : sema::builtinFunctions())
      items.add(std::string(b.name), kFunction, std::string(b.signature), std::string(b.name) + "($1)", true);
    if (!t) for (const char* kw : {"true", "false", "null"}) items.add(kw, kKeyword, "literal");
  }
}

void members(Items& items, const Query& q, const CompletionContext& ctx) {
  const SymbolIndex& index = q.analysis.symbols;
  std::string alias_prefix = ctx.object + ".";
  for (const SymbolIndex::Declaration& d : index.declarations) {
    if (d.name == ctx.object && d.kind == SymbolIndex::Kind::Object) {
      if (const sema::KindSchema* k = sema::findKind(d.object_kind))
        for (const sema::AttributeSchema& a : k->attributes)
          items.add(a.name, kProperty,
                    a.metric ? fmt::format("metric {} ({})", a.metric->metric, a.metric->unit) : a.type.describe(), {},
                    false, a.doc);
    } else if (d.name.starts_with(alias_prefix)) {  // a module imported `as object`
      items.add(d.name.substr(alias_prefix.size()), kVariable, d.object_kind.empty() ? "declaration" : d.object_kind);
    } else if (d.name == ctx.object && d.kind == SymbolIndex::Kind::Let && d.value.kind == ir::Value::Kind::Map) {
      for (const auto& [key, v] : d.value.entries) items.add(key, kProperty, "map entry");
    }
  }
}

void units(Items& items, const Query& q, const CompletionContext& ctx) {
  const sema::KindSchema* k = schemaOf(ctx);
  const sema::FieldSchema* f = k && !ctx.field.empty() ? k->findField(ctx.field) : nullptr;
  const sema::TypeSpec* t = f ? &f->type : nullptr;
  if (t && t->tag == Tag::List && t->element) t = t->element.get();
  std::optional<UnitDimension> want;
  if (t && t->tag == Tag::Duration) want = UnitDimension::Duration;
  if (t && t->tag == Tag::Size) want = UnitDimension::Size;
  if (t && t->tag == Tag::Percent) want = UnitDimension::Percent;
  if (t && t->tag == Tag::Money) want = UnitDimension::Money;
  static const char* kDims[] = {"duration", "data size", "percentage", "amount of money"};
  for (const UnitInfo& u : allUnits())
    if (!want || *want == u.dimension) items.add(std::string(u.suffix), kUnit, kDims[static_cast<int>(u.dimension)]);
  (void)q;
}

void versions(Items& items, const Query& q, const CompletionContext& ctx) {
  for (const sema::EngineFunction& e : sema::engineFunctions()) {
    if (e.function != ctx.function) continue;
    const checks::EngineInfo* info = q.analysis.stdlib ? q.analysis.stdlib->engine(e.engine) : nullptr;
    if (!info) return;
    size_t n = info->versions.size();
    for (size_t i = 0; i < n; ++i) {
      const checks::EngineVersionInfo& v = info->versions[n - 1 - i];  // newest first
      items.add(v.version, kValue, v.deprecated ? "deprecated" : std::string(e.engine), {}, false, {},
                fmt::format("{}{:05}", v.deprecated ? 1 : 0, i));
    }
  }
}

}  // namespace

json completion(const Query& q) {
  CompletionContext ctx = completionContext(q.text, q.offset);
  Items items(q, ctx);
  switch (ctx.where) {
    case Where::TopLevel:
      kinds(items, q);
      break;
    case Where::BlockBody:
      fields(items, q, ctx);
      for (const char* kw : {"if", "for"}) items.add(kw, kKeyword, "keyword", {}, false, {}, "3");
      break;
    case Where::Value: values(items, q, ctx); break;
    case Where::Member: members(items, q, ctx); break;
    case Where::Unit: units(items, q, ctx); break;
    case Where::EngineVersion: versions(items, q, ctx); break;
    case Where::Annotation:
      items.add("allow", kSnippet, "suppress a finding on this declaration",
                "@allow(${1:MIG5001}, reason = \"${2:why this is acceptable here}\")", true);
      items.add("file:allow", kSnippet, "suppress a finding in this file",
                "@file:allow(${1:MIG5001}, reason = \"${2:why this is acceptable here}\")", true);
      break;
    case Where::Nothing: break;
  }
  return items.result();
}

}  // namespace migc::lsp
