// CHK-D1 for sources: a `source` is a self-managed database (on premises or
// on EC2), so an Aurora engine there is always a mistake, and the DMS
// endpoint would name the wrong engine (aurora-postgresql for a PostgreSQL
// server). The fix is the engine of the same family the server runs.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {

class SourceEngineCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-D1/source"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* source : ctx.objectsOf("source")) {
      auto spec = engineOf(*source);
      const EngineFacts* facts = spec ? ctx.data().engineFacts(spec->engine) : nullptr;
      if (!facts || !facts->aurora) continue;
      SourceRange where = ctx.where(*source, "engine");
      auto d = ctx.report(DiagKind::OnPremisesAuroraEngine, where, source->name, spec->engine);
      const EngineInfo* info = ctx.data().engine(spec->engine);
      std::string major = info ? majorOf(*info, spec->engine, spec->version) : std::string();
      if (!major.empty() && ctx.data().engine(facts->dms_onprem)) {
        std::string call = engineCall(facts->dms_onprem, major);
        d.fix(where, call).help(fmt::format("declare the engine the server runs, e.g. {}", call));
      }
    }
  }
};

std::unique_ptr<DomainCheck> makeSourceEngineCheck() { return std::make_unique<SourceEngineCheck>(); }

}  // namespace migc::checks
