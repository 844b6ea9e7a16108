// CHK-A14 (RDS instances): a `database` runs an engine migc lowers as an RDS DB
// instance (PostgreSQL, MySQL, MariaDB, an Oracle or SQL Server edition), and its storage fits the volume type: 20 GiB-64 TiB on gp2/gp3,
// 100 GiB-64 TiB on io1/io2, provisioned IOPS exactly where the type takes
// them. The schema bounds storage to the widest range (20 GiB-64 TiB); the
// per-type rules need two fields at once, so they live here.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"
#include "checks/engine_support.h"

namespace migc::checks {
namespace {

constexpr double kGiB = 1073741824.0;

struct StorageRange {
  std::string_view type;
  double min_gib, max_gib;
};
// PostgreSQL, MySQL and MariaDB on RDS: the same ranges (AWS RDS User Guide,
// "Amazon RDS DB instance storage").
constexpr StorageRange kStorage[] = {{"gp2", 20, 65536}, {"gp3", 20, 65536}, {"io1", 100, 65536}, {"io2", 100, 65536}};
// gp3 takes provisioned IOPS only from this size (below it the baseline is fixed).
constexpr double kGp3IopsFromGiB = 400;

std::string gibText(double gib) { return formatNumber(gib) + "GiB"; }

class DatabaseStorageCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-A14"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* db : ctx.objectsOf("database")) {
      auto spec = engineOf(*db);
      if (!spec) continue;
      if (!runsAsDatabase(ctx.data(), spec->engine)) {
        bool aurora = isAurora(spec->engine);
        std::string_view family = engineFamily(spec->engine);
        bool commercial = family == "oracle" || family == "sqlserver";
        auto d = ctx.report(DiagKind::DatabaseEngineNotInstance, ctx.where(*db, "engine"), spec->engine,
                            aurora       ? "Aurora engines run as a `cluster`"
                            : commercial ? "RDS runs an edition, and this names none"
                                         : "migc lowers databases for postgres, mysql, mariadb, oracle and sqlserver editions");
        d.help(aurora       ? "declare a `cluster` for Aurora, or use postgres(\"...\") for an RDS DB instance"
               : family == "oracle" ? fmt::format("name the edition: oracle_ee(\"{0}\") or oracle_se2(\"{0}\")", spec->version)
               : commercial ? "name the edition: sqlserver_ee, sqlserver_se, sqlserver_ex or sqlserver_web, with an RDS "
                              "version such as \"16.00.4245.2.v1\""
                            : "use postgres(\"16.4\"), mysql(\"8.0.39\") or mariadb(\"10.11.9\"), or migrate to Aurora "
                              "with a `cluster`");
        continue;
      }
      checkStorage(ctx, *db);
    }
  }

 private:
  static void checkStorage(const CheckContext& ctx, const ir::Object& db) {
    const std::string* type = constText(db.field("storage_type"));
    auto bytes = constQuantity(db.field("storage"), ir::Dimension::Size);
    if (!type || !bytes) return;
    double gib = *bytes / kGiB;
    std::string engine = engineOf(db) ? engineOf(db)->engine : std::string("postgres");
    for (const StorageRange& r : kStorage) {
      if (r.type != *type || (gib >= r.min_gib && gib <= r.max_gib)) continue;
      ctx.report(DiagKind::DatabaseStorageOutOfRange, ctx.where(db, "storage"), gibText(gib), engine, *type,
                 fmt::format("{} to {}", gibText(r.min_gib), gibText(r.max_gib)))
          .note("the storage type is chosen here", ctx.where(db, "storage_type"))
          .help(gib < r.min_gib ? fmt::format("allocate at least {}, or use gp3", gibText(r.min_gib))
                                : fmt::format("allocate at most {}", gibText(r.max_gib)));
    }
    bool has_iops = db.field("iops") != nullptr;
    bool provisioned = *type == "io1" || *type == "io2";
    if (provisioned && !has_iops)
      ctx.report(DiagKind::DatabaseIopsMismatch, ctx.where(db, "storage_type"),
                 fmt::format("{} storage needs `iops` (provisioned IOPS)", *type))
          .help("add e.g. `iops = 3000`, or use gp3 storage");
    else if (has_iops && *type == "gp2")
      ctx.report(DiagKind::DatabaseIopsMismatch, ctx.where(db, "iops"), "gp2 storage has no provisioned IOPS")
          .help("use gp3 (from 400GiB) or io1/io2 storage, or remove `iops`");
    else if (has_iops && *type == "gp3" && gib < kGp3IopsFromGiB)
      ctx.report(DiagKind::DatabaseIopsMismatch, ctx.where(db, "iops"),
                 fmt::format("gp3 storage of {} has a fixed 3000 IOPS baseline; `iops` needs at least {}", gibText(gib),
                             gibText(kGp3IopsFromGiB)))
          .note("the storage size is set here", ctx.where(db, "storage"));
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeDatabaseStorageCheck() { return std::make_unique<DatabaseStorageCheck>(); }

}  // namespace migc::checks
