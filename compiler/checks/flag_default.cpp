// CHK-X3 at check time: a `when` flag without a default makes `migc build`
// fail for Pulumi YAML (MIG3023) unless the build passes --set. Check
// cannot know a later build's --set, so it warns, unless the program is
// checked for no Pulumi (--target). `migc build` knows its --set values: the
// Pulumi backend reports the flag itself there, as the error MIG3023.
#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {

class FlagDefaultCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-X3/default"; }

  void run(const CheckContext& ctx) const override {
    if (!ctx.scope().pulumi || ctx.scope().building) return;
    for (const ir::Param& param : ctx.program().params) {
      if (param.has_default) continue;
      for (const ir::Object& o : ctx.program().objects)
        if (o.condition.kind == ir::Value::Kind::Param && o.condition.text == param.name) {
          ctx.report(DiagKind::FlagWithoutDefault, param.range, param.name, param.name)
              .note("decides this declaration", o.name_range)
              .help("give it a default, e.g. `param " + param.name + ": bool = false`");
          break;
        }
    }
  }
};

std::unique_ptr<DomainCheck> makeFlagDefaultCheck() { return std::make_unique<FlagDefaultCheck>(); }

}  // namespace migc::checks
