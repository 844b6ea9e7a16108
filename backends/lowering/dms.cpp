#include "lowering/dms.h"

#include <algorithm>

#include "lowering/context.h"

namespace migc::lowering {

using model::PValue;

int64_t defaultPort(const std::string& engine) {
  if (engine == "oracle") return 1521;
  if (engine == "mysql" || engine == "aurora-mysql") return 3306;
  return 5432;
}

std::string engineLabel(const std::string& engine) {
  if (engine == "oracle") return "Oracle";
  if (engine.find("mysql") != std::string::npos) return "MySQL";
  return "PostgreSQL";
}

DmsFacts dmsFacts(const ir::Object& pipeline, const ir::Object& source, const ir::Object& target) {
  DmsFacts f;
  const ir::Value& se = field(source, "engine");
  f.source_engine = se.get("engine") ? se.get("engine")->text : "postgres";
  const ir::Value& te = field(target, "engine");
  f.target_engine = te.get("engine") ? te.get("engine")->text : "aurora-postgresql";
  f.source_port = source.field("port") ? integer(source, "port") : defaultPort(f.source_engine);
  f.target_port = integer(target, "port");
  std::string tls = text(source, "tls");
  f.source_ssl = tls == "verify_ca" ? "verify-ca" : tls == "verify_full" ? "verify-full" : tls;
  std::string mode = text(pipeline, "mode");
  f.migration_type = mode == "full_load" ? "full-load" : mode == "cdc" ? "cdc" : "full-load-and-cdc";
  f.storage_gib = static_cast<int64_t>(field(pipeline, "instance.storage").number / 1073741824.0);
  return f;
}

PipelineParts pipelineParts(const Context& ctx, const ir::Object& pipeline) {
  const ir::Object& source = ctx.object(field(pipeline, "from"));
  const ir::Object& target = ctx.object(field(pipeline, "to"));
  return {source,
          target,
          ctx.object(field(target, "network")),
          ctx.object(field(source, "credentials")),
          ctx.object(field(target, "credentials")),
          dmsFacts(pipeline, source, target)};
}

std::vector<DmsEventSubscription> eventSubscriptions(const ir::Object& pipeline) {
  std::vector<DmsEventSubscription> out;
  if (!pipeline.field("events")) return out;
  // The enum spells DMS's category names with underscores for spaces.
  auto categories = [&](std::string_view path) {
    std::vector<std::string> names;
    for (const ir::Value& v : field(pipeline, path).items) {
      std::string name = v.text;
      std::replace(name.begin(), name.end(), '_', ' ');
      names.push_back(std::move(name));
    }
    return names;
  };
  if (auto task = categories("events.task"); !task.empty())
    out.push_back({"replication-task", "task_events", std::move(task)});
  if (auto instance = categories("events.instance"); !instance.empty())
    out.push_back({"replication-instance", "instance_events", std::move(instance)});
  return out;
}

bool needsLogsRole(const ir::Object& pipeline) {
  return flag(pipeline, "account_roles") && flag(pipeline, "settings.logging");
}

PValue tableMappings(const ir::Object& pipeline, const DmsFacts& facts) {
  std::vector<PValue> rules;
  int n = 0;
  auto add = [&](const std::string& pattern, const char* action) {
    size_t dot = pattern.find('.');
    std::string schema = dot == std::string::npos ? "%" : pattern.substr(0, dot);
    std::string table = dot == std::string::npos ? pattern : pattern.substr(dot + 1);
    ++n;
    rules.push_back(PValue::object({{"rule-type", PValue::s("selection")},
                                    {"rule-id", PValue::s(std::to_string(n))},
                                    {"rule-name", PValue::s(std::string(action) + "-" + std::to_string(n))},
                                    {"object-locator", PValue::object({{"schema-name", PValue::s(schema)},
                                                                       {"table-name", PValue::s(table)}})},
                                    {"rule-action", PValue::s(action)}}));
  };
  for (const ir::Value& v : field(pipeline, "tables.include").items) add(v.text, "include");
  for (const ir::Value& v : field(pipeline, "tables.exclude").items) add(v.text, "exclude");
  // Oracle folds unquoted names to upper case, PostgreSQL to lower case: without these
  // rules DMS creates (or, with a schema SCT converted, looks for) quoted upper-case
  // names the application's SQL never matches. (CHK-D10)
  if (facts.source_engine == "oracle" && facts.target_engine.find("postgres") != std::string::npos) {
    const std::pair<const char*, model::Fields> targets[] = {
        {"schema", {{"schema-name", PValue::s("%")}}},
        {"table", {{"schema-name", PValue::s("%")}, {"table-name", PValue::s("%")}}},
        {"column", {{"schema-name", PValue::s("%")}, {"table-name", PValue::s("%")}, {"column-name", PValue::s("%")}}}};
    for (const auto& [target, locator] : targets) {
      ++n;
      rules.push_back(PValue::object({{"rule-type", PValue::s("transformation")},
                                      {"rule-id", PValue::s(std::to_string(n))},
                                      {"rule-name", PValue::s(std::string("lowercase-") + target + "s")},
                                      {"rule-target", PValue::s(target)},
                                      {"object-locator", PValue::object(locator)},
                                      {"rule-action", PValue::s("convert-lowercase")}}));
    }
  }
  return PValue::object({{"rules", PValue::list(std::move(rules))}});
}

PValue taskSettings(const ir::Object& pipeline) {
  std::string lob = text(pipeline, "settings.lob_mode");
  std::string prep = text(pipeline, "settings.target_prep");
  int64_t lob_kb = static_cast<int64_t>(field(pipeline, "settings.lob_max_size").number / 1024);
  model::Fields settings = {
      {"TargetMetadata", PValue::object({{"SupportLobs", PValue::b(lob != "none")},
                                          {"FullLobMode", PValue::b(lob == "full")},
                                          {"LimitedSizeLobMode", PValue::b(lob == "limited")},
                                          {"LobMaxSize", PValue::i(lob == "limited" ? lob_kb : 0)},
                                          {"BatchApplyEnabled", PValue::b(flag(pipeline, "settings.batch_apply"))}})},
      {"FullLoadSettings",
        PValue::object({{"TargetTablePrepMode", PValue::s(prep == "truncate"          ? "TRUNCATE_BEFORE_LOAD"
                                                          : prep == "drop_and_create" ? "DROP_AND_CREATE"
                                                                                      : "DO_NOTHING")}})},
      {"Logging", PValue::object({{"EnableLogging", PValue::b(flag(pipeline, "settings.logging"))}})},
      {"ValidationSettings", PValue::object({{"EnableValidation", PValue::b(flag(pipeline, "settings.validation"))}})}};
  // Written only when the program sets `ddl`, so tasks that do not keep their settings unchanged.
  if (field(pipeline, "settings.ddl").kind == ir::Value::Kind::Bool) {
    bool ddl = flag(pipeline, "settings.ddl");
    settings.emplace_back("ChangeProcessingDdlHandlingPolicy",
                          PValue::object({{"HandleSourceTableDropped", PValue::b(ddl)},
                                          {"HandleSourceTableTruncated", PValue::b(ddl)},
                                          {"HandleSourceTableAltered", PValue::b(ddl)}}));
  }
  return PValue::object(std::move(settings));
}

}  // namespace migc::lowering
