// CHK-A9: Performance Insights retention is one of the periods RDS accepts
// (7 days, 31-day months up to 713, or 731; enums.json). The schema only
// types it as a duration, so 30d passes sema and fails at deploy time.
#include <fmt/format.h>

#include <cmath>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

constexpr double kDay = 86400;

class InsightsRetentionCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-A9"; }

  void run(const CheckContext& ctx) const override {
    const std::vector<int>& allowed = ctx.data().insights_retention_days;
    if (allowed.empty()) return;
    for (const ir::Object* cluster : ctx.objectsOf({"cluster", "database"})) {
      auto seconds = constQuantity(cluster->field("insights.retention"), ir::Dimension::Duration);
      if (!seconds) continue;
      double days = *seconds / kDay;
      int nearest = allowed.front();
      for (int a : allowed)
        if (std::fabs(a - days) < std::fabs(nearest - days)) nearest = a;
      if (days == nearest) continue;
      SourceRange where = ctx.where(*cluster, "insights.retention");
      std::string fix = fmt::format("{}d", nearest);
      ctx.report(DiagKind::InvalidInsightsRetention, where, formatDuration(*seconds))
          .fix(where, fix)
          .help(fmt::format("the nearest allowed value is {} (allowed: 7d, 31d to 713d in steps of 31d, 731d)", fix));
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeInsightsRetentionCheck() { return std::make_unique<InsightsRetentionCheck>(); }

}  // namespace migc::checks
