// A cluster or database left at the schema's default port (PostgreSQL's
// 5432) while its engine listens elsewhere by default (MySQL 3306, Oracle
// 1521, SQL Server 1433; stdlib/data/engine_facts.json): clients, DMS and
// the security groups would all use a port nobody meant.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {

class EnginePortCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-A15/port"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* db : ctx.objectsOf({"cluster", "database"})) {
      if (isWritten(*db, "port")) continue;
      auto spec = engineOf(*db);
      const EngineFacts* facts = spec ? ctx.data().engineFacts(spec->engine) : nullptr;
      auto port = constNumber(db->field("port"));
      if (!facts || !port || facts->default_port == 0 || *port == facts->default_port) continue;
      ctx.report(DiagKind::EnginePortDefault, db->name_range, db->kind, db->name, formatNumber(*port), spec->engine,
                 facts->default_port)
          .help(fmt::format("write port = {}", facts->default_port));
    }
  }
};

std::unique_ptr<DomainCheck> makeEnginePortCheck() { return std::make_unique<EnginePortCheck>(); }

}  // namespace migc::checks
