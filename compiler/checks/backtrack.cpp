// CHK-A22: `backtrack` is an Aurora MySQL feature with a bounded window
// (stdlib/data/engine_facts.json backtrack_max_seconds, parsed from the RDS
// API documentation of BacktrackWindow: 0 = the engine has none).
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {

class BacktrackCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-A22"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* cluster : ctx.objectsOf("cluster")) {
      auto window = constQuantity(cluster->field("backtrack"), ir::Dimension::Duration);
      auto spec = engineOf(*cluster);
      const EngineFacts* facts = spec ? ctx.data().engineFacts(spec->engine) : nullptr;
      if (!window || !facts) continue;
      SourceRange where = ctx.where(*cluster, "backtrack");
      if (facts->backtrack_max_seconds == 0) {
        ctx.report(DiagKind::BacktrackNotOffered, where, spec->engine)
            .help("remove `backtrack`: point-in-time recovery from backups (backup.retention) restores into a new "
                  "cluster instead");
        continue;
      }
      if (*window <= facts->backtrack_max_seconds) continue;
      std::string max = formatDuration(facts->backtrack_max_seconds);
      ctx.report(DiagKind::BacktrackTooLong, where, formatDuration(*window), max)
          .fix(where, max)
          .help(fmt::format("backtrack = {}; for older points in time, restore from backups", max));
    }
  }
};

std::unique_ptr<DomainCheck> makeBacktrackCheck() { return std::make_unique<BacktrackCheck>(); }

}  // namespace migc::checks
