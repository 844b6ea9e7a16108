// CHK-D15: a pipeline that replicates changes (cdc, full_load_and_cdc)
// needs a source prepared for it — MySQL binlog_format = ROW and
// binlog_row_image = FULL, Oracle ARCHIVELOG and supplemental logging, SQL
// Server MS-CDC or MS-Replication, PostgreSQL wal_level = logical. A source
// is self-managed, so migc cannot see its settings: a note (MIG2150) names
// the prerequisites of the source's engine (engine_facts.json
// cdc_prerequisites, recorded by engine_defaults.cpp), and runbook.md lists
// them as a checklist.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {

class CdcPrerequisitesCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-D15"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* pipeline : ctx.objectsOf("pipeline")) {
      const std::string* mode = constText(pipeline->field("mode"));
      const ir::Object* source = ctx.referenced(*pipeline, "from");
      if (!mode || *mode == "full_load" || !source) continue;
      const ir::Value* engine = source->facts.get("dms_engine_name");
      const ir::Value* steps = source->facts.get("cdc_prerequisites");
      if (!engine || !steps || steps->items.empty()) continue;
      auto d = ctx.report(DiagKind::CdcSourcePrerequisites, ctx.where(*pipeline, "mode"), pipeline->name,
                          source->name, engine->text);
      for (const ir::Value& step : steps->items) d.note(step.text);
    }
  }
};

std::unique_ptr<DomainCheck> makeCdcPrerequisitesCheck() { return std::make_unique<CdcPrerequisitesCheck>(); }

}  // namespace migc::checks
