// CHK-A21: the initial database name means what each engine makes of it.
// Oracle takes it as the SID (1-8 letters and digits, a letter first); SQL
// Server takes none (CreateDBInstance rejects DBName), so the lowering never
// sends it: a `database` written on SQL Server is an error unless a pipeline
// loads that database, which must then be created before the task (a note,
// and a runbook step).
#include <fmt/format.h>

#include <cctype>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

constexpr size_t kMaxSid = 8;

// Why `name` is not an Oracle SID, or empty when it is one.
std::string sidProblem(std::string_view name) {
  if (name.empty()) return "it is empty";
  if (name.size() > kMaxSid) return fmt::format("it has {} characters, at most {}", name.size(), kMaxSid);
  if (!std::isalpha(static_cast<unsigned char>(name[0]))) return "it must start with a letter";
  for (char c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) return fmt::format("'{}' is not a letter or digit", c);
  return {};
}

}  // namespace

class DatabaseNameCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-A21"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* db : ctx.objectsOf("database")) {
      auto spec = engineOf(*db);
      const std::string* name = constText(db->field("database"));
      if (!spec || !name) continue;
      std::string_view family = engineFamily(spec->engine);
      if (family == "oracle") {
        if (std::string problem = sidProblem(*name); !problem.empty())
          ctx.report(DiagKind::OracleDatabaseName, ctx.where(*db, "database"), *name, problem)
              .help("an Oracle SID is 1 to 8 letters and digits starting with a letter, e.g. \"ORCL\"");
      } else if (family == "sqlserver") {
        checkSqlServer(ctx, *db, *name);
      }
    }
  }

 private:
  static void checkSqlServer(const CheckContext& ctx, const ir::Object& db, const std::string& name) {
    bool loaded = false;
    for (const ir::Object* pipeline : ctx.objectsOf("pipeline")) {
      if (ctx.referenced(*pipeline, "to") != &db) continue;
      loaded = true;
      ctx.report(DiagKind::SqlServerCreateDatabase, ctx.where(*pipeline, "to"), pipeline->name, name, db.name)
          .help(fmt::format("run CREATE DATABASE [{}] on {} as the master user before the task starts", name,
                            db.name));
    }
    if (!loaded && isWritten(db, "database"))
      ctx.report(DiagKind::SqlServerDatabaseName, ctx.where(db, "database"), name)
          .help("remove `database` and create the database once the instance runs (CREATE DATABASE), or name "
                "the database a pipeline loads");
  }
};

std::unique_ptr<DomainCheck> makeDatabaseNameCheck() { return std::make_unique<DatabaseNameCheck>(); }

}  // namespace migc::checks
