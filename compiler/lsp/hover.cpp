// Hover: what the name, field or kind under the cursor is, from the kind
// schemas (documentation, type, unit, default, range, allowed values) and
// sema's symbol index (a reference's declaration and resolved value), and
// the explanation of any diagnostic there.
#include <fmt/format.h>

#include "ir/program.h"
#include "lsp/features.h"
#include "lsp/syntax_query.h"
#include "sema/schema_text.h"

namespace migc::lsp {
namespace {

using sema::SymbolIndex;

std::string fieldDoc(const sema::FieldSchema& f, std::string_view owner) {
  std::string out = fmt::format("**{}** · field of `{}`\n\n", f.name, owner);
  out += fmt::format("- type: {}\n", sema::fieldTypeText(f));
  if (f.required) out += "- **required**\n";
  if (std::string d = sema::defaultText(f); !d.empty() && f.type.tag != sema::TypeSpec::Tag::Block)
    out += fmt::format("- default: `{}`\n", d);
  if (std::string r = sema::rangeText(f); !r.empty()) out += fmt::format("- range: {}\n", r);
  if (f.type.tag == sema::TypeSpec::Tag::Enum) {
    out += "- allowed:";
    for (const std::string& v : f.type.values) out += fmt::format(" `{}`", v);
    out += "\n";
  }
  if (!f.doc.empty()) out += "\n" + f.doc + "\n";
  return out;
}

std::string kindDoc(const sema::KindSchema& k) {
  std::string out = fmt::format("**{}** · kind\n\n{}\n", k.name, k.doc);
  if (!k.attributes.empty()) {
    out += "\nattributes:";
    for (const sema::AttributeSchema& a : k.attributes) out += fmt::format(" `{}`", a.name);
    out += "\n";
  }
  return out;
}

std::string attributeDoc(const sema::KindSchema& k, const sema::AttributeSchema& a, std::string_view object) {
  std::string out = fmt::format("**{}.{}** · attribute of {} `{}`\n\n", object, a.name, k.name, object);
  if (a.metric)
    out += fmt::format("- metric: {} `{}` ({}), dimension {}\n", a.metric->namespace_, a.metric->metric,
                       a.metric->unit, a.metric->dimension);
  else
    out += fmt::format("- type: {}\n", a.type.describe());
  if (!a.doc.empty()) out += "\n" + a.doc + "\n";
  return out;
}

std::string declarationDoc(const Query& q, const SymbolIndex::Declaration& d) {
  const ir::Program& program = q.analysis.ws.program;
  switch (d.kind) {
    case SymbolIndex::Kind::Param: {
      for (const ir::Param& p : program.params) {
        if (p.name != d.name) continue;
        std::string out = fmt::format("**param {}**: {}\n", p.name, p.type);
        if (!p.allowed.empty()) {
          out += "\n- allowed:";
          for (const std::string& v : p.allowed) out += fmt::format(" `\"{}\"`", v);
          out += "\n";
        }
        if (p.has_default) out += fmt::format("\n- default: `{}`\n", ir::formatValue(program, p.default_value));
        out += "\nSet at deploy time (a Terraform variable, CloudFormation parameter or Pulumi config value).\n";
        return out;
      }
      return fmt::format("**param {}**\n", d.name);
    }
    case SymbolIndex::Kind::Let:
      if (d.value.kind == ir::Value::Kind::Null) return fmt::format("**let {}**\n", d.name);
      return fmt::format("**let {}**\n\n```\n{}\n```\n", d.name, ir::formatValue(program, d.value));
    case SymbolIndex::Kind::Output:
      for (const ir::Output& o : program.outputs)
        if (o.name == d.name)
          return fmt::format("**output {}** (key `{}`)\n\n```\n{}\n```\n", d.name, ir::outputKey(d.name),
                             ir::formatValue(program, o.value));
      return fmt::format("**output {}**\n", d.name);
    case SymbolIndex::Kind::Component: return fmt::format("**component {}**\n", d.name);
    case SymbolIndex::Kind::Object: {
      std::string out = fmt::format("**{} {}**\n", d.object_kind, d.name);
      if (const sema::KindSchema* k = sema::findKind(d.object_kind)) out += "\n" + k->doc + "\n";
      return out;
    }
  }
  return {};
}

// The AST-level answer: a block's kind, a field key, a nested block.
std::string syntaxDoc(const Query& q, const std::vector<NodeId>& path) {
  const Ast& ast = *q.ast;
  for (size_t i = path.size(); i-- > 0;) {
    const Node& n = ast.node(path[i]);
    if (n.kind == NodeKind::Block) {
      SourceRange kr = kindRange(ast, q.text, path[i]);
      if (q.offset < kr.begin || q.offset > kr.end) return {};
      std::vector<NodeId> upto(path.begin(), path.begin() + i + 1);
      const sema::KindSchema* k = schemaOfBlock(ast, upto);
      if (!k) return {};
      const sema::KindSchema* parent = enclosingSchema(ast, std::vector<NodeId>(path.begin(), path.begin() + i));
      if (parent)
        if (const sema::FieldSchema* f = parent->findField(ast.str(n.name))) return fieldDoc(*f, parent->name);
      return kindDoc(*k);
    }
    if (n.kind == NodeKind::Attribute) {
      if (!n.a || q.offset < ast.node(n.a).begin || q.offset > ast.node(n.a).end) return {};
      const sema::KindSchema* k = enclosingSchema(ast, std::vector<NodeId>(path.begin(), path.begin() + i));
      const Node& key = ast.node(n.a);
      if (!k || key.kind != NodeKind::Name) return {};
      const sema::FieldSchema* f = k->findField(ast.str(key.name));
      if (!f) f = sema::regionFieldFor(*k, "");
      return f && f->name == ast.str(key.name) ? fieldDoc(*f, k->name) : std::string();
    }
    if (n.kind == NodeKind::Name && i >= 1 && ast.node(path[i - 1]).kind == NodeKind::Attribute &&
        ast.node(path[i - 1]).b == path[i]) {
      // A bare word as a field's value: an enum value.
      const sema::KindSchema* k = enclosingSchema(ast, std::vector<NodeId>(path.begin(), path.begin() + i - 1));
      const Node& key = ast.node(ast.node(path[i - 1]).a);
      const sema::FieldSchema* f = k && key.kind == NodeKind::Name ? k->findField(ast.str(key.name)) : nullptr;
      if (f && f->type.tag == sema::TypeSpec::Tag::Enum) return fieldDoc(*f, k->name);
    }
    if (n.kind == NodeKind::UnitNumber) {
      const UnitInfo& u = unitInfo(Unit(n.op));
      double base = ast.number(n).value * u.factor;
      static const char* kDims[] = {"duration", "data size", "percentage", "amount of money"};
      std::string base_text = u.dimension == UnitDimension::Duration ? fmt::format("{} s", base)
                              : u.dimension == UnitDimension::Size   ? fmt::format("{} bytes", base)
                              : u.dimension == UnitDimension::Money  ? fmt::format("{} US dollars", base)
                                                                     : fmt::format("{}%", base);
      return fmt::format("{} · `{}` = {}\n", kDims[static_cast<int>(u.dimension)], q.text.substr(n.begin, n.end - n.begin),
                         base_text);
    }
  }
  return {};
}

}  // namespace

json hover(const Query& q) {
  std::vector<std::string> parts;
  const SymbolIndex& index = q.analysis.symbols;
  if (const SymbolIndex::Reference* r = index.referenceAt(q.file, q.offset)) {
    const SymbolIndex::Declaration& d = index.declarations[r->declaration];
    const sema::KindSchema* k = d.kind == SymbolIndex::Kind::Object ? sema::findKind(d.object_kind) : nullptr;
    const sema::AttributeSchema* a = k && !r->attribute.empty() ? k->findAttribute(r->attribute) : nullptr;
    parts.push_back(a ? attributeDoc(*k, *a, d.name) : declarationDoc(q, d));
  } else if (const SymbolIndex::Declaration* d = index.declarationNamedAt(q.file, q.offset)) {
    parts.push_back(declarationDoc(q, *d));
  }
  std::vector<NodeId> path = q.ast ? pathAt(*q.ast, q.offset) : std::vector<NodeId>{};
  if (parts.empty() && q.ast) {
    if (auto b = localBindingAt(*q.ast, q.text, path, q.offset)) {
      const Node& binder = q.ast->node(b->binder);
      parts.push_back(binder.kind == NodeKind::ComponentParam ? fmt::format("**{}** · component parameter\n", b->name)
                                                             : fmt::format("**{}** · loop variable\n", b->name));
    } else if (std::string s = syntaxDoc(q, path); !s.empty()) {
      parts.push_back(s);
    }
  }
  for (const Diagnostic& d : q.analysis.ws.diags.diagnostics()) {
    if (d.range.file != q.file || q.offset < d.range.begin || q.offset > d.range.end) continue;
    auto kind = findDiagByCode(d.code());
    if (!kind) continue;
    const DiagInfo& info = diagInfo(*kind);
    std::string text = fmt::format("**{}** · {}\n\n```\n{}```\n", info.code, info.summary, info.explanation);
    if (std::find(parts.begin(), parts.end(), text) == parts.end()) parts.push_back(std::move(text));
  }
  if (parts.empty()) return nullptr;
  std::string value;
  for (const std::string& p : parts) value += (value.empty() ? "" : "\n---\n\n") + p;
  return {{"contents", {{"kind", "markdown"}, {"value", value}}}};
}

}  // namespace migc::lsp
