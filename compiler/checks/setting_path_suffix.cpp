// CHK-S5: when the naming pattern keeps stacks apart with deploy-time
// params ({suffix}), a hand-written setting path must contain them too, or
// every copy of the stack writes one shared Parameter Store parameter.
#include <fmt/format.h>

#include <algorithm>

#include "checks/check.h"
#include "checks/check_util.h"
#include "checks/naming.h"

namespace migc::checks {

class SettingPathSuffixCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-S5/suffix"; }

  void run(const CheckContext& ctx) const override {
    std::vector<std::string> stack_params;  // the naming pattern's params
    for (const Placeholder& ph : placeholdersOf(ctx.program().naming))
      for (const ir::Param& p : ctx.program().params)
        if (p.name == ph.name && std::find(stack_params.begin(), stack_params.end(), p.name) == stack_params.end())
          stack_params.push_back(p.name);
    if (stack_params.empty()) return;
    for (const ir::Object* setting : ctx.objectsOf("setting")) {
      const ir::Value* path = setting->field("path");
      if (!path || (path->kind != ir::Value::Kind::String && path->kind != ir::Value::Kind::Concat)) continue;
      std::vector<std::string> missing = stack_params;
      for (const ir::Value& part : path->items)
        if (part.kind == ir::Value::Kind::Param) std::erase(missing, part.text);
      if (missing.empty()) continue;
      std::vector<std::string> shown;
      for (const std::string& m : missing) shown.push_back("${" + m + "}");
      ctx.report(DiagKind::SettingPathWithoutSuffix, ctx.where(*setting, "path"), setting->name, join(shown, " and "))
          .help(fmt::format("the naming pattern \"{}\" keeps parallel stacks apart with them; e.g. "
                            "path = \"/migration/{}/{}\"", ctx.program().naming, shown.front(), setting->name));
    }
  }
};

std::unique_ptr<DomainCheck> makeSettingPathSuffixCheck() { return std::make_unique<SettingPathSuffixCheck>(); }

}  // namespace migc::checks
