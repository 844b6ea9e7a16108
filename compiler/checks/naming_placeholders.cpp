// Every placeholder of the naming pattern is {name}, {kind} or a declared
// param: any other would reach each target as a variable nobody declares
// (terraform, cfn-lint and Pulumi all reject it), so it is an error here,
// with the nearest param as the fix.
#include <fmt/format.h>

#include <algorithm>

#include "checks/check.h"
#include "checks/check_util.h"
#include "checks/naming.h"

namespace migc::checks {
namespace {

// The placeholder's own characters, when the pattern is one plain literal
// (its text starts one past the opening quote); else the whole pattern.
SourceRange placeholderRange(const ir::Program& p, const Placeholder& ph) {
  SourceRange r = p.naming_range;
  if (!r.file.valid()) return p.migration_range;
  if (r.end - r.begin != p.naming.size() + 2) return r;  // escapes or interpolation: no exact offsets
  r.begin += static_cast<uint32_t>(ph.offset + 1);
  r.end = r.begin + static_cast<uint32_t>(ph.name.size() + 2);
  return r;
}

class NamingPlaceholderCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-N1"; }

  void run(const CheckContext& ctx) const override {
    const ir::Program& p = ctx.program();
    std::vector<std::string> params;
    for (const ir::Param& param : p.params) params.push_back(param.name);
    for (const Placeholder& ph : placeholdersOf(p.naming)) {
      if (ph.name == "name" || ph.name == "kind") continue;
      if (std::find(params.begin(), params.end(), ph.name) != params.end()) continue;
      SourceRange where = placeholderRange(p, ph);
      auto d = ctx.report(DiagKind::UnknownNamingPlaceholder, where, ph.name);
      std::vector<std::string> candidates = params;
      candidates.insert(candidates.end(), {"name", "kind"});
      if (std::string near = closest(ph.name, candidates); !near.empty()) {
        if (where.end - where.begin == ph.name.size() + 2) d.fix(where, "{" + near + "}");
        d.help(fmt::format("did you mean {{{}}}?", near));
      } else {
        d.help(fmt::format("declare it (param {}: string) or use {{name}}, {{kind}} or a param", ph.name));
      }
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeNamingPlaceholderCheck() { return std::make_unique<NamingPlaceholderCheck>(); }

}  // namespace migc::checks
