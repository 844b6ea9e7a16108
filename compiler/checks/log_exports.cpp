// CHK-O6: every log type a cluster or database exports is one its engine
// has (stdlib/data/engine_facts.json): MySQL's slowquery on PostgreSQL, or
// PostgreSQL's on a MySQL engine, fails CreateDBCluster. (Left out,
// log_exports is the engine's own: engine_defaults.cpp.)
#include <fmt/format.h>

#include <algorithm>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {

class LogExportsCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-O6"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* db : ctx.objectsOf({"cluster", "database"})) {
      auto spec = engineOf(*db);
      const EngineFacts* facts = spec ? ctx.data().engineFacts(spec->engine) : nullptr;
      const ir::Value* exports = db->field("log_exports");
      if (!facts || !exports || exports->kind != ir::Value::Kind::List) continue;
      bool written = isWritten(*db, "log_exports");
      for (const ir::Value& item : exports->items) {
        const std::string* type = constText(&item);
        if (!type || std::find(facts->log_exports.begin(), facts->log_exports.end(), *type) != facts->log_exports.end())
          continue;
        SourceRange where = written && item.range.file.valid() ? item.range : ctx.where(*db, "log_exports");
        auto d = ctx.report(DiagKind::InvalidLogExport, where, *type, spec->engine, join(facts->log_exports));
        if (std::string near = closest(*type, facts->log_exports); written && !near.empty())
          d.fix(where, stringLiteral(near)).help(fmt::format("did you mean '{}'?", near));
      }
    }
  }
};

std::unique_ptr<DomainCheck> makeLogExportsCheck() { return std::make_unique<LogExportsCheck>(); }

}  // namespace migc::checks
