// MIG5015: backups (and so point-in-time recovery) reach back at least
// `min_days` (seed CHK-A10).
#include <fmt/format.h>

#include "checks/check_util.h"
#include "policy/rule.h"

namespace migc::policy {
namespace {

class BackupRetentionRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::BackupRetention; }
  std::vector<RuleOption> options() const override {
    return {{"min_days", RuleOption::Type::Integer, "7", "The shortest backup retention accepted, in days."}};
  }
  void run(const RuleContext& ctx) const override {
    int64_t min_days = ctx.integer("min_days");
    for (const ir::Object* cluster : ctx.objectsOf("cluster")) {
      auto seconds = checks::constQuantity(cluster->field("backup.retention"), ir::Dimension::Duration);
      if (!seconds || *seconds >= double(min_days) * 86400) continue;
      SourceRange at = ctx.where(*cluster, "backup.retention");
      ctx.report(at, cluster->name, checks::formatDuration(*seconds), min_days).fix(at, fmt::format("{}d", min_days));
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeBackupRetentionRule() { return std::make_unique<BackupRetentionRule>(); }

}  // namespace migc::policy
