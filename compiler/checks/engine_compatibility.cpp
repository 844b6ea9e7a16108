// CHK-D1: a pipeline's source and target engines belong together. Within one
// family (postgres -> aurora-postgresql) DMS copies schema-compatible data;
// Oracle or SQL Server into PostgreSQL or MySQL is the classic heterogeneous migration
// (fine, with AWS SCT converting the schema first: a note); MySQL and
// PostgreSQL into each other is supported but changes the dialect the
// application speaks, which is rarely intended: a warning.
#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

class EngineCompatibilityCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-D1"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* pipeline : ctx.objectsOf("pipeline")) {
      const ir::Object* source = ctx.referenced(*pipeline, "from");
      const ir::Object* target = ctx.referenced(*pipeline, "to");
      auto from = source ? engineOf(*source) : std::nullopt;
      auto to = target ? engineOf(*target) : std::nullopt;
      if (!from || !to) continue;
      std::string_view f = engineFamily(from->engine), t = engineFamily(to->engine);
      if (f == t) continue;
      // Oracle and SQL Server have no engine of their family in Aurora: converting the schema is the plan.
      bool commercial = f == "oracle" || f == "sqlserver";
      DiagKind kind = commercial ? DiagKind::HeterogeneousMigration : DiagKind::CrossEngineMigration;
      auto d = ctx.report(kind, ctx.where(*pipeline, "from"), from->engine, to->engine);
      d.note("the source's engine", ctx.where(*source, "engine"))
          .note("the target's engine", ctx.where(*target, "engine"));
      if (kind == DiagKind::CrossEngineMigration)
        d.help("convert the schema with AWS SCT first, or replicate into a target of the source's family");
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeEngineCompatibilityCheck() { return std::make_unique<EngineCompatibilityCheck>(); }

}  // namespace migc::checks
