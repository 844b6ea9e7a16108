// CHK-A20: a Multi-AZ database runs an edition that has a standby. RDS for
// SQL Server Express and Web have none (stdlib/data/engine_facts.json:
// multi_az = false); a `database` is Multi-AZ by default, so these editions
// must say multi_az = false.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {

class MultiAzEditionCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-A20"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* db : ctx.objectsOf("database")) {
      auto spec = engineOf(*db);
      const EngineFacts* facts = spec ? ctx.data().engineFacts(spec->engine) : nullptr;
      const ir::Value* multi_az = db->field("multi_az");
      if (!facts || facts->multi_az || !multi_az || multi_az->kind != ir::Value::Kind::Bool || !multi_az->boolean)
        continue;
      bool written = isWritten(*db, "multi_az");
      SourceRange where = ctx.where(*db, written ? "multi_az" : "engine");
      auto d = ctx.report(DiagKind::MultiAzNotOffered, where, spec->engine,
                          "RDS for SQL Server keeps a standby only for Standard and Enterprise editions");
      if (written) d.fix(where, "false");
      d.help(written ? "multi_az = false, or sqlserver_se(...) for a standby"
                     : "a database is Multi-AZ by default: add multi_az = false, or use sqlserver_se(...) for a standby");
    }
  }
};

std::unique_ptr<DomainCheck> makeMultiAzEditionCheck() { return std::make_unique<MultiAzEditionCheck>(); }

}  // namespace migc::checks
