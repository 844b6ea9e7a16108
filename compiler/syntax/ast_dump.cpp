// The dump names each child by the field labels written in node_kinds.def, so
// the registry stays the single description of the tree's shape.
#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "syntax/ast.h"

namespace migc {
namespace {

constexpr std::string_view kFields[] = {
#define MIG_NODE(Name, Fields) Fields,
#include "syntax/node_kinds.def"
#undef MIG_NODE
};

struct Field {
  std::string_view slot;   // a, b, c, list, name, op, value
  std::string_view label;  // what the slot means for this kind
};

std::vector<Field> fieldsOf(NodeKind k) {
  std::vector<Field> out;
  std::string_view spec = kFields[static_cast<size_t>(k)];
  while (!spec.empty()) {
    size_t sp = spec.find(' ');
    std::string_view tok = spec.substr(0, sp);
    spec = sp == std::string_view::npos ? std::string_view{} : spec.substr(sp + 1);
    if (tok.empty()) continue;
    size_t eq = tok.find('=');
    Field f{tok.substr(0, eq), eq == std::string_view::npos ? tok : tok.substr(eq + 1)};
    if (size_t paren = f.label.find('('); paren != std::string_view::npos)
      f.label = f.label.substr(0, paren);
    out.push_back(f);
  }
  return out;
}

std::string escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

class Dumper {
 public:
  Dumper(const Ast& ast, std::string_view source) : ast_(ast) {
    line_starts_.push_back(0);
    for (size_t i = 0; i < source.size(); ++i)
      if (source[i] == '\n') line_starts_.push_back(static_cast<uint32_t>(i + 1));
  }

  std::string run() {
    if (ast_.root()) dump(ast_.root(), "", 0);
    for (auto [b, e] : ast_.comments()) out_ += fmt::format("Comment [{}-{}]\n", pos(b), pos(e));
    return std::move(out_);
  }

 private:
  std::string pos(uint32_t off) const {
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), off);
    size_t line = static_cast<size_t>(it - line_starts_.begin());
    return fmt::format("{}:{}", line, off - line_starts_[line - 1] + 1);
  }

  void dump(NodeId id, std::string_view label, int depth) {
    const Node& n = ast_.node(id);
    std::string indent(static_cast<size_t>(depth) * 2, ' ');
    out_ += indent;
    if (!label.empty()) out_ += fmt::format("{}: ", label);
    out_ += fmt::format("{} [{}-{}]", nodeKindName(n.kind), pos(n.begin), pos(n.end));
    std::vector<Field> fields = fieldsOf(n.kind);
    for (const Field& f : fields) {
      if (f.slot == "name" && n.name.valid())
        out_ += fmt::format(" {}=\"{}\"", f.label, escape(ast_.str(n.name)));
      else if (f.slot == "op" && !opText(n).empty()) out_ += " " + opText(n);
      else if (f.slot == "value") out_ += " " + valueText(n);
    }
    out_ += '\n';
    if (n.list2.count > 0)
      for (NodeId child : ast_.list(n.list2)) dump(child, "annotation", depth + 1);
    for (const Field& f : fields) {
      NodeId child = f.slot == "a" ? n.a : f.slot == "b" ? n.b : f.slot == "c" ? n.c : NodeId{};
      if (child) dump(child, f.label, depth + 1);
      if (f.slot == "list")
        for (NodeId item : ast_.list(n.list)) dump(item, f.label, depth + 1);
    }
  }

  std::string opText(const Node& n) const {
    switch (n.kind) {
      case NodeKind::Bool: return n.op ? "value=true" : "value=false";
      case NodeKind::UnitNumber: return fmt::format("unit={}", unitInfo(Unit(n.op)).suffix);
      case NodeKind::Annotation: return n.op ? "file-level" : "";
      default: return fmt::format("op={}", opSpelling(Op(n.op)));
    }
  }

  std::string valueText(const Node& n) const {
    const NumberValue& v = ast_.number(n);
    return v.is_integer ? fmt::format("value={}", v.integer) : fmt::format("value={}", v.value);
  }

  const Ast& ast_;
  std::vector<uint32_t> line_starts_;
  std::string out_;
};

}  // namespace

std::string dumpAst(const Ast& ast, std::string_view source) {
  return Dumper(ast, source).run();
}

}  // namespace migc
