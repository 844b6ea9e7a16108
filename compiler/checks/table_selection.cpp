// CHK-D10: a replication task needs at least one selection rule that includes
// tables; DMS rejects a table mapping without one when the task is created,
// long after `migc build` said nothing. `tables.include = []` is the only way
// to write that, so it is an error here.
#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

class TableSelectionCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-D10"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* pipeline : ctx.objectsOf("pipeline")) {
      const ir::Value* include = pipeline->field("tables.include");
      if (!include || include->kind != ir::Value::Kind::List || !include->items.empty()) continue;
      SourceRange where = ctx.where(*pipeline, "tables.include");
      ctx.report(DiagKind::PipelineSelectsNoTables, where, pipeline->name)
          .fix(where, "[\"%.%\"]")
          .help("\"%.%\" (the default) includes every table of every schema; narrow it with `exclude`");
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeTableSelectionCheck() { return std::make_unique<TableSelectionCheck>(); }

}  // namespace migc::checks
