// MIG5045: a backup plan that selects resources by tag selects something.
// Resources carry the migration's tags (and only those), so a selection
// tag that the migration's tags do not have, or have with another value,
// matches no declared resource: the plan backs up nothing (or only
// resources outside the program). Values known only at deploy time
// (params) are not judged.
#include <fmt/format.h>

#include "checks/check_util.h"
#include "policy/rule.h"

namespace migc::policy {
namespace {

class BackupTagSelectionRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::BackupTagSelection; }
  void run(const RuleContext& ctx) const override {
    const ir::Value& tags = ctx.program().tags;
    for (const ir::Object* backup : ctx.objectsOf("backup")) {
      const ir::Value* select = backup->field("select_tags");
      if (!select) continue;
      for (const auto& [key, wanted] : select->entries) {
        const ir::Value* carried = tags.get(key);
        const std::string* wanted_text = checks::constText(&wanted);
        if (carried && (!wanted_text || !carried->isConstant())) continue;  // decided at deploy time
        const std::string* carried_text = carried ? checks::constText(carried) : nullptr;
        if (carried_text && *carried_text == *wanted_text) continue;
        SourceRange at = wanted.range.file.valid() ? wanted.range : ctx.where(*backup, "select_tags");
        auto b = ctx.report(at, backup->name, key, wanted_text ? *wanted_text : std::string("?"));
        if (carried_text)
          b.note(fmt::format("the migration tags resources {} = \"{}\"", key, *carried_text), ctx.program().migration_range);
        b.help(carried_text ? fmt::format("select {} = \"{}\", or list the declarations in `resources`", key, *carried_text)
                            : fmt::format("add {} to the migration's tags, or list the declarations in `resources`", key));
      }
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeBackupTagSelectionRule() { return std::make_unique<BackupTagSelectionRule>(); }

}  // namespace migc::policy
