// CloudFormation replaces `{{resolve:...}}` anywhere in a template with a
// secret or parameter value at deploy time and has no escape for it, so a
// program's string that contains one is refused (MIG1030).
#include <algorithm>
#include <cctype>

#include "sema/value_checks.h"

namespace migc::sema {
namespace {
using Kind = ir::Value::Kind;

bool holdsDynamicReference(std::string_view text) {
  static constexpr std::string_view kMarker = "{{resolve:";
  auto it = std::search(text.begin(), text.end(), kMarker.begin(), kMarker.end(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == b;
  });
  return it != text.end();
}

class Walker {
 public:
  explicit Walker(DiagnosticSink& diags) : diags_(diags) {}

  void walk(const ir::Value& v, SourceRange fallback) {
    SourceRange where = v.range.file.valid() ? v.range : fallback;
    if ((v.kind == Kind::String || v.kind == Kind::Enum) && holdsDynamicReference(v.text)) report(v.text, where);
    if (v.kind == Kind::Concat) {
      // The constant parts together: "{{" + "resolve:" is the same marker.
      std::string joined;
      for (const ir::Value& part : v.items) joined += part.kind == Kind::String ? part.text : std::string("\x01");
      if (holdsDynamicReference(joined)) report(joined, where);
      return;
    }
    for (const auto& [key, item] : v.entries) {
      if (holdsDynamicReference(key)) report(key, where);
      walk(item, where);
    }
    for (const ir::Value& item : v.items) walk(item, where);
  }

 private:
  void report(std::string_view text, SourceRange where) {
    std::string shown(text.substr(0, 80));
    diags_.report(DiagKind::DynamicReference, where, shown)
        .help("reference a `secret` or `setting` declaration instead of writing the reference");
  }
  DiagnosticSink& diags_;
};

}  // namespace

void checkDynamicReferences(const ir::Program& program, DiagnosticSink& diags) {
  Walker w(diags);
  if (holdsDynamicReference(program.name)) w.walk(ir::Value::ofString(program.name), program.migration_range);
  w.walk(program.tags, program.migration_range);
  for (const ir::Param& p : program.params)
    if (p.has_default) w.walk(p.default_value, p.range);
  for (const ir::Object& o : program.objects) w.walk(o.fields, o.range);
  for (const ir::Output& out : program.outputs) w.walk(out.value, out.range);
}

}  // namespace migc::sema
