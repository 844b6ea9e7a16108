// CHK-S5: when the naming pattern keeps stacks apart with deploy-time
// params ({suffix}), a hand-written name that is unique in the account and
// region (a setting's path, a key's alias) must contain them too, or every
// copy of the stack writes one shared parameter or alias.
#include <fmt/format.h>

#include <algorithm>

#include "checks/check.h"
#include "checks/check_util.h"
#include "checks/naming.h"

namespace migc::checks {

// (kind, field) of the names a program writes by hand that AWS keeps unique
// per account and region. Other names come from the naming pattern.
constexpr std::pair<std::string_view, std::string_view> kHandWrittenNames[] = {{"setting", "path"}, {"key", "alias"}};

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
    for (const auto& [kind, field] : kHandWrittenNames)
      for (const ir::Object* o : ctx.objectsOf(kind)) {
        const ir::Value* name = o->field(field);
        if (!name || (name->kind != ir::Value::Kind::String && name->kind != ir::Value::Kind::Concat)) continue;
        std::vector<std::string> missing = stack_params;
        for (const ir::Value& part : name->items)
          if (part.kind == ir::Value::Kind::Param) std::erase(missing, part.text);
        if (missing.empty()) continue;
        std::vector<std::string> shown;
        for (const std::string& m : missing) shown.push_back("${" + m + "}");
        std::string example = kind == std::string_view("setting")
                                  ? fmt::format("path = \"/migration/{}/{}\"", shown.front(), o->name)
                                  : fmt::format("alias = \"{}-{}\"", name->text.empty() ? o->name : name->text,
                                                shown.front());
        ctx.report(DiagKind::SettingPathWithoutSuffix, ctx.where(*o, field), kind, field, o->name, join(shown, " and "))
            .help(fmt::format("the naming pattern \"{}\" keeps parallel stacks apart with them; e.g. {}",
                              ctx.program().naming, example));
      }
  }
};

std::unique_ptr<DomainCheck> makeSettingPathSuffixCheck() { return std::make_unique<SettingPathSuffixCheck>(); }

}  // namespace migc::checks
