// CHK-S8: an AWS Backup plan selects something, keeps recovery points at
// least a day, and with cold storage keeps them 90 days past the move.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

constexpr double kDay = 86400;

class BackupPlanCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-S8"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* backup : ctx.objectsOf("backup")) {
      const ir::Value* resources = backup->field("resources");
      const ir::Value* tags = backup->field("select_tags");
      bool selects = (resources && !resources->items.empty()) || (tags && !tags->entries.empty());
      if ((resources || tags) && !selects) ctx.report(DiagKind::EmptyBackupSelection, backup->name_range, backup->name);
      auto retention = constQuantity(backup->field("retention"), ir::Dimension::Duration);
      if (!retention) continue;
      SourceRange where = ctx.where(*backup, "retention");
      if (*retention < kDay || std::fmod(*retention, kDay) != 0) {
        ctx.report(DiagKind::InvalidBackupRetention, where,
                   fmt::format("backup retention {} must be a whole number of days, at least 1d", formatDuration(*retention)))
            .fix(where, *retention < kDay ? "1d" : formatDuration(std::ceil(*retention / kDay) * kDay));
        continue;
      }
      auto cold = constQuantity(backup->field("cold_storage_after"), ir::Dimension::Duration);
      if (cold && *retention < *cold + 90 * kDay) {
        std::string fix = formatDuration(*cold + 90 * kDay);
        ctx.report(DiagKind::InvalidBackupRetention, where,
                   fmt::format("retention {} leaves recovery points under 90 days in cold storage (moved after {})",
                               formatDuration(*retention), formatDuration(*cold)))
            .fix(where, fix)
            .help(fmt::format("cold storage keeps a point at least 90 days: retention = {}", fix));
      }
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeBackupPlanCheck() { return std::make_unique<BackupPlanCheck>(); }

}  // namespace migc::checks
