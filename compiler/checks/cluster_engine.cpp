// CHK-A17: a `cluster` is an Aurora cluster (backends/lower/cluster.cpp
// writes an Aurora cluster with writer and reader instances). With an RDS
// engine (postgres, mysql, oracle, ...) AWS would take it as a Multi-AZ DB
// cluster, whose storage and instances are declared differently, and the
// instances migc writes would be refused: an error that points at the
// Aurora engine of the same family or at `database`.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"
#include "checks/engine_support.h"

namespace migc::checks {

class ClusterEngineCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-A17"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* cluster : ctx.objectsOf("cluster")) {
      auto spec = engineOf(*cluster);
      if (!spec || runsAsCluster(ctx.data(), spec->engine)) continue;
      auto d = ctx.report(DiagKind::ClusterEngineNotAurora, ctx.where(*cluster, "engine"), spec->engine);
      std::string_view family = engineFamily(spec->engine);
      std::string aurora = family == "postgresql" ? "aurora_postgresql" : family == "mysql" ? "aurora_mysql" : "";
      d.help(aurora.empty() ? "declare the database as a `source` it is migrated from, or migrate it into an "
                              "Aurora cluster (aurora_postgresql or aurora_mysql) after converting the schema"
                            : fmt::format("use {}(...) for Aurora, or declare a `database` for an RDS DB instance",
                                          aurora));
    }
  }
};

std::unique_ptr<DomainCheck> makeClusterEngineCheck() { return std::make_unique<ClusterEngineCheck>(); }

}  // namespace migc::checks
