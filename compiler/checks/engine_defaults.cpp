// What a program leaves to its engine, filled from stdlib/data/engine_facts.json
// before the checks and the backends read the program: a MySQL cluster
// listens on 3306 and exports MySQL's logs, not the schema's PostgreSQL
// defaults; and each database and source carries its DMS endpoint engine
// name (Aurora MySQL is "aurora") and, for a source, the CDC prerequisites
// the runbook names. The backends read these facts and hold no engine table
// of their own.
#include <algorithm>

#include "checks/check_util.h"
#include "checks/checks.h"

namespace migc::checks {
namespace {

using Kind = ir::Value::Kind;

ir::Value stringList(const std::vector<std::string>& items) {
  ir::Value list;
  list.kind = Kind::List;
  for (const std::string& s : items) list.items.push_back(ir::Value::ofString(s));
  return list;
}

void setFact(ir::Object& o, std::string name, ir::Value v) {
  if (o.facts.kind != Kind::Map) o.facts.kind = Kind::Map;
  o.facts.entries.emplace_back(std::move(name), std::move(v));
}

bool sameConstant(const ir::Value& a, const ir::Value& b) {
  if (a.kind != b.kind) return false;
  if (a.kind == Kind::Int) return a.integer == b.integer;
  if (a.kind == Kind::String) return a.text == b.text;
  if (a.kind != Kind::List || a.items.size() != b.items.size()) return false;
  for (size_t i = 0; i < a.items.size(); ++i)
    if (!sameConstant(a.items[i], b.items[i])) return false;
  return true;
}

// Sets a field the program did not write, unless the schema's default is
// already the engine's (PostgreSQL): the IR of those programs stays as it was.
void fillDefault(ir::Object& o, const char* name, ir::Value v) {
  if (isWritten(o, name)) return;
  const ir::Value* current = o.field(name);
  if (current && sameConstant(*current, v)) return;
  for (auto& [k, existing] : o.fields.entries)
    if (k == name) { existing = std::move(v); return; }
  o.fields.entries.emplace_back(name, std::move(v));
}

bool loadedByPipeline(const ir::Program& program, const ir::Object& database) {
  for (const ir::Object& o : program.objects)
    if (o.kind == "pipeline" && program.referenced(o, "to") == &database) return true;
  return false;
}

}  // namespace

void applyEngineDefaults(ir::Program& program, const StdlibData& data) {
  for (ir::Object& o : program.objects) {
    bool database = o.kind == "cluster" || o.kind == "database";
    if (!database && o.kind != "source") continue;
    auto spec = engineOf(o);
    const EngineFacts* facts = spec ? data.engineFacts(spec->engine) : nullptr;
    if (!facts) continue;
    if (database) {
      fillDefault(o, "port", ir::Value::ofInt(facts->default_port));
      fillDefault(o, "log_exports", stringList(facts->default_log_exports));
      // Oracle and SQL Server: the license model RDS offers first and a class
      // it sells under it (the schema's Graviton default runs neither).
      if (o.kind == "database" && !facts->license_models.empty()) {
        std::string model = facts->license_models.front();
        std::replace(model.begin(), model.end(), '-', '_');
        fillDefault(o, "license_model", ir::Value::ofEnum(model));
        fillDefault(o, "instance_class", ir::Value::ofString(facts->default_instance_class));
      }
      // RDS for SQL Server creates no database: the schema's default name
      // means something only as the database a pipeline loads (MIG2175).
      if (o.kind == "database" && spec->engine.starts_with("sqlserver") && !isWritten(o, "database") &&
          !loadedByPipeline(program, o))
        o.fields.entries.emplace_back("database", ir::Value{});  // null: hides the schema's default
      setFact(o, "dms_engine_name", ir::Value::ofString(facts->dms_target));
      if (std::string family = parameterFamily(data, *spec); !family.empty())
        setFact(o, "parameter_family", ir::Value::ofString(family));
    } else {
      // A source's port has no schema default: DMS is given the engine's.
      setFact(o, "default_port", ir::Value::ofInt(facts->default_port));
      setFact(o, "dms_engine_name", ir::Value::ofString(facts->dms_onprem));
      setFact(o, "cdc_prerequisites", stringList(facts->cdc_prerequisites));
    }
  }
}

}  // namespace migc::checks
