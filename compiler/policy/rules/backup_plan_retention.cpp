// MIG5044: an AWS Backup plan keeps recovery points at least `min_days`
// (MIG5015 is the same floor for a cluster's own automated backups).
#include <fmt/format.h>

#include "checks/check_util.h"
#include "policy/rule.h"

namespace migc::policy {
namespace {

class BackupPlanRetentionRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::BackupPlanRetention; }
  std::vector<RuleOption> options() const override {
    return {{"min_days", RuleOption::Type::Integer, "7", "The shortest retention of recovery points accepted, in days."}};
  }
  void run(const RuleContext& ctx) const override {
    int64_t min_days = ctx.integer("min_days");
    for (const ir::Object* backup : ctx.objectsOf("backup")) {
      auto seconds = checks::constQuantity(backup->field("retention"), ir::Dimension::Duration);
      if (!seconds || *seconds >= double(min_days) * 86400) continue;
      SourceRange at = ctx.where(*backup, "retention");
      ctx.report(at, backup->name, checks::formatDuration(*seconds), min_days).fix(at, fmt::format("{}d", min_days));
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeBackupPlanRetentionRule() { return std::make_unique<BackupPlanRetentionRule>(); }

}  // namespace migc::policy
