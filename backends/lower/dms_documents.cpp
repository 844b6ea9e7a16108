#include "lower/dms_documents.h"

namespace migc::lower {

std::string dmsEngineName(const ir::Object& o) {
  if (const ir::Value* name = o.facts.get("dms_engine_name")) return name->text;
  // No facts (a program lowered without the checks): the RDS name.
  const ir::Value* engine = o.field("engine");
  const ir::Value* name = engine ? engine->get("engine") : nullptr;
  return name ? name->text : std::string();
}

DmsEngines dmsEngines(Context& ctx, const ir::Object& pipeline) {
  fields::Pipeline p(pipeline);
  const ir::Object& source = ctx.object(p.from());
  const ir::Object& target = ctx.object(p.to());
  fields::Source s(source);
  DmsEngines e;
  e.source = dmsEngineName(source);
  bool cluster = target.kind == "cluster";
  e.target = dmsEngineName(target);
  const ir::Value* default_port = source.facts.get("default_port");
  e.source_port = s.port().present() ? ctx.value(s.port()) : PValue::i(default_port ? default_port->integer : 5432);
  e.target_port = ctx.value(cluster ? fields::Cluster(target).port() : fields::Database(target).port());
  const std::string& tls = s.tls().word();
  e.source_ssl = tls == "verify_ca" ? "verify-ca" : tls == "verify_full" ? "verify-full" : tls;
  e.target_ssl = e.target == "oracle" ? "none" : "require";
  const std::string& mode = p.mode().word();
  e.migration_type = mode == "full_load" ? "full-load" : mode == "cdc" ? "cdc" : "full-load-and-cdc";
  return e;
}

PValue tableMappings(const ir::Object& pipeline, const DmsEngines& engines) {
  fields::Pipeline p(pipeline);
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
  for (const ir::typed::Text& t : p.tables().include().items()) add(t.literal().value_or("%"), "include");
  for (const ir::typed::Text& t : p.tables().exclude().items()) add(t.literal().value_or("%"), "exclude");
  // Oracle folds unquoted names to upper case, PostgreSQL to lower case: without these
  // rules DMS creates (or, with a schema SCT converted, looks for) quoted upper-case
  // names the application's SQL never matches.
  if (engines.source == "oracle" && engines.target.find("postgres") != std::string::npos) {
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
  fields::Pipeline::Settings s = fields::Pipeline(pipeline).settings();
  const std::string& lob = s.lob_mode().word();
  const std::string& prep = s.target_prep().word();
  model::Fields settings = {
      {"TargetMetadata", PValue::object({{"SupportLobs", PValue::b(lob != "none")},
                                          {"FullLobMode", PValue::b(lob == "full")},
                                          {"LimitedSizeLobMode", PValue::b(lob == "limited")},
                                          {"LobMaxSize", PValue::i(lob == "limited" ? s.lob_max_size().kib() : 0)},
                                          {"BatchApplyEnabled", PValue::b(s.batch_apply().constant())}})},
      {"FullLoadSettings",
       PValue::object({{"TargetTablePrepMode", PValue::s(prep == "truncate"          ? "TRUNCATE_BEFORE_LOAD"
                                                         : prep == "drop_and_create" ? "DROP_AND_CREATE"
                                                                                     : "DO_NOTHING")}})},
      {"Logging", PValue::object({{"EnableLogging", PValue::b(s.logging().constant())}})},
      {"ValidationSettings", PValue::object({{"EnableValidation", PValue::b(s.validation().constant())}})}};
  // Written only when the program sets `ddl`, so tasks that do not keep their settings unchanged.
  if (s.ddl().present()) {
    bool ddl = s.ddl().constant();
    settings.emplace_back("ChangeProcessingDdlHandlingPolicy",
                          PValue::object({{"HandleSourceTableDropped", PValue::b(ddl)},
                                          {"HandleSourceTableTruncated", PValue::b(ddl)},
                                          {"HandleSourceTableAltered", PValue::b(ddl)}}));
  }
  return PValue::object(std::move(settings));
}

}  // namespace migc::lower
