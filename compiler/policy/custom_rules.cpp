// The program's own rules: `policy` declarations. Each checks every
// declaration of one kind; findings carry the policy's code and go through
// the same config (enabled, severity) and suppressions as built-in rules.
//
//   policy oracle_validated {
//     code    = "MIG5901"
//     message = "pipelines from Oracle must validate the rows they copy"
//     each    = "pipeline"
//     where   = { "from.engine.engine" = "oracle" }
//     expect  = { "settings.validation" = true }
//   }
#include <fmt/format.h>

#include <map>
#include <set>

#include "checks/check_util.h"
#include "policy/policy.h"
#include "sema/schema.h"

namespace migc::policy {
namespace {

using Kind = ir::Value::Kind;
using Tag = sema::TypeSpec::Tag;

// A field path checked against the kind schemas, following references into
// the referenced kind, blocks into their schema; maps and engines accept any
// remaining key. Returns an error message, or "" when the path exists.
std::string checkPath(const sema::KindSchema& kind, std::string_view path) {
  const sema::KindSchema* schema = &kind;
  std::string_view rest = path;
  while (!rest.empty()) {
    size_t dot = rest.find('.');
    std::string_view name = rest.substr(0, dot);
    rest = dot == std::string_view::npos ? std::string_view{} : rest.substr(dot + 1);
    const sema::FieldSchema* f = schema->findField(name);
    if (!f) {
      std::vector<std::string> names;
      for (const auto& field : schema->fields) names.push_back(field.name);
      std::string near = checks::closest(name, names);
      return fmt::format("{} has no field \"{}\"{}", schema->name, name, near.empty() ? "" : fmt::format("; did you mean \"{}\"?", near));
    }
    const sema::TypeSpec* type = &f->type;
    if (type->tag == Tag::List && type->element && type->element->tag == Tag::Ref) type = type->element.get();
    if (type->tag == Tag::Ref) {
      schema = type->ref_kind.empty() ? nullptr : sema::findKind(type->ref_kind);
      if (!schema) return "";
    } else if (type->tag == Tag::Block && type->block) {
      schema = type->block;
    } else {
      return "";  // a value: maps and engines are looked into by key
    }
  }
  return "";
}

class Evaluator {
 public:
  Evaluator(const ir::Program& program, const PolicyConfig& config, DiagnosticSink& sink)
      : program_(program), config_(config), sink_(sink) {}

  void run() {
    std::map<std::string, const ir::Object*> codes;
    for (const ir::Object& p : program_.objects) {
      if (p.kind != "policy") continue;
      const ir::Value* code = p.field("code");
      std::string text = code && code->kind == Kind::String ? code->text : "";
      if (!text.empty()) {
        if (!isProjectRuleCode(text)) {
          invalid(p, "code", fmt::format("code \"{}\" is not in MIG5900-MIG5999, the codes left to project rules", text));
          continue;
        }
        if (auto [it, fresh] = codes.emplace(text, &p); !fresh) {
          sink_.report(DiagKind::InvalidProjectRule, where(p, "code"), fmt::format("code {} is already used by policy {}", text, it->second->name))
              .note("used here", where(*it->second, "code"));
          continue;
        }
      }
      policy(p, text);
    }
  }

 private:
  SourceRange where(const ir::Object& o, std::string_view path) const {
    for (const auto& [p, r] : o.field_ranges)
      if (p == path) return r;
    if (const ir::Value* v = o.field(path); v && v->range.file.valid()) return v->range;
    return o.name_range;
  }

  void invalid(const ir::Object& p, std::string_view field, std::string message) {
    sink_.report(DiagKind::InvalidProjectRule, where(p, field), std::move(message));
  }

  void policy(const ir::Object& p, const std::string& code) {
    const ir::Value* each = p.field("each");
    if (!each || each->kind != Kind::String) return;
    const sema::KindSchema* kind = sema::findKind(each->text);
    if (!kind || each->text == "migration" || each->text == "policy") {
      std::vector<std::string> names;
      for (const sema::KindSchema* k : sema::allKinds()) names.push_back(k->name);
      std::string near = checks::closest(each->text, names);
      invalid(p, "each", fmt::format("unknown kind \"{}\"{}", each->text, near.empty() ? "" : fmt::format("; did you mean \"{}\"?", near)));
      return;
    }
    bool ok = true;
    auto check = [&](std::string_view field, const std::string& path, SourceRange at) {
      if (std::string error = checkPath(*kind, path); !error.empty()) {
        sink_.report(DiagKind::InvalidProjectRule, at.file.valid() ? at : where(p, field), fmt::format("in {}: {}", field, error));
        ok = false;
      }
    };
    for (std::string_view field : {"where", "expect", "at_least", "at_most"})
      if (const ir::Value* m = p.field(field))
        for (const auto& [path, v] : m->entries) check(field, path, v.range);
    if (const ir::Value* r = p.field("require"))
      for (const ir::Value& item : r->items) check("require", item.text, item.range);
    if (!ok) return;

    const CodeSettings* settings = config_.find(code.empty() ? "MIG5099" : code);
    if (settings && !settings->enabled) return;
    Severity severity = Severity::Warning;
    if (const std::string* s = checks::constText(p.field("severity")))
      severity = *s == "error" ? Severity::Error : *s == "note" ? Severity::Note : Severity::Warning;
    if (settings && settings->severity_set) severity = settings->severity;

    for (const ir::Object& o : program_.objects) {
      if (o.kind != kind->name || !matchesWhere(p, o)) continue;
      std::vector<std::pair<std::string, SourceRange>> failures;
      failed(p, o, failures);
      if (failures.empty()) continue;
      Diagnostic d;
      d.kind = DiagKind::ProjectRule;
      d.custom_code = code;
      d.severity = severity;
      d.message = checks::constText(p.field("message")) ? *checks::constText(p.field("message")) : "";
      d.range = failures.front().second;
      for (auto& [text, at] : failures) d.notes.push_back({std::move(text), at.file.valid() && !(at.begin == d.range.begin && at.file == d.range.file) ? at : SourceRange{}});
      d.notes.push_back({fmt::format("required by policy {}", p.name), p.name_range});
      if (const std::string* help = checks::constText(p.field("help"))) d.help = *help;
      sink_.add(std::move(d));
    }
  }

  // The value at `path`, following references; null when absent. Sets
  // `known` false when a param or attribute makes it unknowable here.
  const ir::Value* resolve(const ir::Object& o, std::string_view path, const ir::Object** owner, std::string* last) const {
    const ir::Object* cur = &o;
    const ir::Value* v = &o.fields;
    std::string_view rest = path;
    std::string prefix;
    while (v && !rest.empty()) {
      if (v->kind == Kind::Attr && v->text.empty() && v->object < program_.objects.size()) {
        cur = &program_.objects[v->object];
        v = &cur->fields;
        prefix.clear();
        continue;
      }
      size_t dot = rest.find('.');
      std::string_view name = rest.substr(0, dot);
      prefix += (prefix.empty() ? "" : ".") + std::string(name);
      rest = dot == std::string_view::npos ? std::string_view{} : rest.substr(dot + 1);
      v = v == &cur->fields ? cur->field(name) : v->get(name);  // field(): defaults too
    }
    *owner = cur;
    *last = prefix;
    return v;
  }

  static bool isSet(const ir::Value* v) {
    if (!v) return false;
    switch (v->kind) {
      case Kind::Null: return false;
      case Kind::Bool: return v->boolean;
      case Kind::String: return !v->text.empty();
      case Kind::List: return !v->items.empty();
      case Kind::Map: return !v->entries.empty();
      default: return true;
    }
  }

  // -1 unknown (symbolic), 0 different, 1 equal.
  static int equal(const ir::Value& actual, const ir::Value& expected) {
    if (!actual.isConstant()) return -1;
    if (expected.kind == Kind::List) {
      for (const ir::Value& e : expected.items)
        if (equal(actual, e) == 1) return 1;
      return 0;
    }
    bool text_a = actual.kind == Kind::String || actual.kind == Kind::Enum;
    bool text_e = expected.kind == Kind::String || expected.kind == Kind::Enum;
    if (text_a || text_e) return text_a && text_e && actual.text == expected.text;
    if (actual.kind == Kind::Bool || expected.kind == Kind::Bool) return actual.kind == expected.kind && actual.boolean == expected.boolean;
    auto number = [](const ir::Value& v) -> std::optional<double> {
      if (v.kind == Kind::Int || v.kind == Kind::Number || v.kind == Kind::Quantity) return v.number;
      return std::nullopt;
    };
    auto a = number(actual), e = number(expected);
    if (a && e) return *a == *e;
    return actual.kind == Kind::Null && expected.kind == Kind::Null;
  }

  bool matchesWhere(const ir::Object& p, const ir::Object& o) const {
    const ir::Value* where = p.field("where");
    if (!where) return true;
    for (const auto& [path, expected] : where->entries) {
      const ir::Object* owner;
      std::string last;
      const ir::Value* v = resolve(o, path, &owner, &last);
      if (!v || equal(*v, expected) != 1) return false;  // unknown values do not match
    }
    return true;
  }

  // As the program would write it: 7d, not 604800s.
  static std::string show(const ir::Program& program, const ir::Value& v) {
    if (v.kind == Kind::Quantity) return ir::formatQuantity(v.number, v.dimension);
    return ir::formatValue(program, v);
  }

  void failed(const ir::Object& p, const ir::Object& o, std::vector<std::pair<std::string, SourceRange>>& out) const {
    // Findings point into the checked declaration (so its @allow covers
    // them): at the field, or at the reference the path follows.
    auto at = [&](const std::string& path, const ir::Object* owner, const std::string& last) {
      if (owner == &o) return where(o, last);
      return where(o, path.substr(0, path.find('.')));
    };
    if (const ir::Value* req = p.field("require")) {
      for (const ir::Value& path : req->items) {
        const ir::Object* owner;
        std::string last;
        const ir::Value* v = resolve(o, path.text, &owner, &last);
        if (!isSet(v)) out.emplace_back(fmt::format("{}.{} is not set", o.name, path.text), at(path.text, owner, last));
      }
    }
    if (const ir::Value* exp = p.field("expect")) {
      for (const auto& [path, expected] : exp->entries) {
        const ir::Object* owner;
        std::string last;
        const ir::Value* v = resolve(o, path, &owner, &last);
        int eq = v ? equal(*v, expected) : 0;
        if (eq == 0)
          out.emplace_back(fmt::format("{}.{} is {}; the policy expects {}", o.name, path, v ? show(program_, *v) : "not set", show(program_, expected)), at(path, owner, last));
      }
    }
    for (std::string_view bound : {"at_least", "at_most"}) {
      const ir::Value* m = p.field(bound);
      if (!m) continue;
      for (const auto& [path, limit] : m->entries) {
        const ir::Object* owner;
        std::string last;
        const ir::Value* v = resolve(o, path, &owner, &last);
        if (!v || !v->isConstant() || !(v->kind == Kind::Int || v->kind == Kind::Number || v->kind == Kind::Quantity)) continue;
        // A duration is not compared with a size or a plain number: the
        // policy is wrong, and is told so once.
        if ((v->kind == Kind::Quantity) != (limit.kind == Kind::Quantity) ||
            (v->kind == Kind::Quantity && v->dimension != limit.dimension)) {
          if (mismatched_.insert(&limit).second)
            sink_.report(DiagKind::InvalidProjectRule, limit.range.file.valid() ? limit.range : p.name_range,
                         fmt::format("in {}: {} cannot be compared with {}.{} ({})", bound, show(program_, limit), o.kind,
                                     path, show(program_, *v)));
          continue;
        }
        bool low = bound == "at_least";
        if (low ? v->number < limit.number : v->number > limit.number)
          out.emplace_back(fmt::format("{}.{} is {}; the policy allows {} {}", o.name, path, show(program_, *v),
                                       low ? "at least" : "at most", show(program_, limit)), at(path, owner, last));
      }
    }
  }

  const ir::Program& program_;
  const PolicyConfig& config_;
  DiagnosticSink& sink_;
  mutable std::set<const ir::Value*> mismatched_;  // limits already reported
};

}  // namespace

void runProjectRules(const ir::Program& program, const PolicyConfig& config, DiagnosticSink& sink) {
  Evaluator(program, config, sink).run();
}

}  // namespace migc::policy
