// MIG5001: the migration's tags include every required key (seed CHK-T1).
#include <fmt/format.h>

#include "checks/check_util.h"
#include "policy/rule.h"

namespace migc::policy {
namespace {

class RequiredTagsRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::RequiredTags; }
  std::vector<RuleOption> options() const override {
    return {{"tags", RuleOption::Type::StringList, R"(["Environment", "MigrationPhase", "CostCenter"])",
             "Tag keys the migration's `tags` must contain."}};
  }
  void run(const RuleContext& ctx) const override {
    const ir::Program& p = ctx.program();
    std::vector<std::string> missing;
    for (const std::string& tag : ctx.strings("tags"))
      if (!p.tags.get(tag)) missing.push_back(tag);
    if (missing.empty()) return;
    SourceRange at = p.tags.range.file.valid() ? p.tags.range : p.migration_range;
    std::vector<std::string> quoted;
    for (const std::string& m : missing) quoted.push_back(m);
    ctx.report(at, checks::join(quoted))
        .help(fmt::format("add {} to the migration's tags (every taggable resource carries them)",
                          missing.size() == 1 ? missing.front() + " = \"...\"" : "them"));
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeRequiredTagsRule() { return std::make_unique<RequiredTagsRule>(); }

}  // namespace migc::policy
