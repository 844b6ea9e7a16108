// Loading stdlib/data/*.json into StdlibData. Each table is read with
// .at() so a renamed or missing key fails the load with the file and key
// named, instead of surfacing later as an empty table and silent checks.
#include "checks/stdlib_data.h"

#include <fmt/format.h>

#include <array>
#include <cstring>
#include <llvm/Support/MemoryBuffer.h>

#include <memory>
#include <nlohmann/json.hpp>

namespace migc::checks {
namespace {

using nlohmann::json;

// A table's bytes, mapped rather than copied: the tables are 200 KB that
// every run fingerprints, and copying them into fresh heap pages cost a
// page fault per 4 KB (a tenth of a small build's faults). A stream iterator
// reading them a character at a time was a fifth of its instructions.
using TableText = std::unique_ptr<llvm::MemoryBuffer>;
using TableTexts = std::array<TableText, kStdlibTableCount>;

TableText readFile(const std::filesystem::path& path) {
  auto buffer = llvm::MemoryBuffer::getFile(path.string(), /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!buffer) throw std::runtime_error("cannot read " + path.string() + ": " + buffer.getError().message());
  return std::move(*buffer);
}

std::string_view view(const TableText& t) { return {t->getBufferStart(), t->getBufferSize()}; }

template <typename T>
std::vector<T> listOf(const json& j) {
  return j.get<std::vector<T>>();
}

void loadEngines(const json& j, StdlibData& out) {
  for (const auto& [name, e] : j.at("engines").items()) {
    EngineInfo& info = out.engines[name];
    info.primary_resource = e.at("primary_resource").get<std::string>();
    info.family_pattern = e.at("family_rule").at("pattern").get<std::string>();
    info.majors = listOf<std::string>(e.at("majors"));
    info.families = listOf<std::string>(e.at("families"));
    for (const json& v : e.at("versions")) {
      EngineVersionInfo version;
      version.version = v.at("version").get<std::string>();
      if (const json& major = v.at("major"); major.is_string()) version.major = major.get<std::string>();
      version.deprecated = v.at("deprecated").get<bool>();
      info.versions.push_back(std::move(version));
    }
  }
}

InstanceClassInfo classInfo(const json& c) {
  InstanceClassInfo info;
  info.memory_gib = c.value("memory_gib", 0.0);
  info.vcpu = c.value("vcpu", 0);
  return info;
}

void loadRdsClasses(const json& j, StdlibData& out) {
  out.rds_classes_region = j.at("region").get<std::string>();
  for (const auto& [engine, e] : j.at("engines").items()) {
    RdsEngineClasses& classes = out.rds_classes[engine];
    for (const auto& [name, c] : e.at("db_instance_class").items()) classes.classes[name] = classInfo(c);
    if (e.contains("db_cluster_instance_class"))
      for (const json& name : e.at("db_cluster_instance_class")) classes.cluster_classes[name.get<std::string>()] = {};
    const json& sets = e.at("not_orderable_sets");
    for (const auto& [version, set] : e.at("not_orderable_by_version_prefix").items())
      classes.not_orderable[version] = listOf<std::string>(sets.at(set.get<std::string>()));
  }
}

void loadDmsClasses(const json& j, StdlibData& out) {
  for (const auto& [name, c] : j.at("classes").items())
    out.dms_classes[name] = {c.at("family").get<std::string>(), c.at("memory_gib").get<double>(),
                             c.at("vcpu").get<int>()};
}

void loadMetrics(const json& j, StdlibData& out) {
  for (const auto& [ns, n] : j.at("namespaces").items())
    for (const auto& [metric, m] : n.at("metrics").items())
      out.metric_units[ns][metric] = m.at("unit").get<std::string>();
}

void loadParameters(const json& j, StdlibData& out) {
  for (const auto& [name, p] : j.at("parameters").items()) {
    RdsParameterInfo& info = out.parameters[name];
    info.type = p.at("type").get<std::string>();
    if (p.contains("allowed_values")) info.allowed_values = listOf<std::string>(p.at("allowed_values"));
    if (p.contains("min")) info.min = p.at("min").get<double>();
    if (p.contains("max")) info.max = p.at("max").get<double>();
    info.unit = p.value("unit", "");
    info.aurora_level = p.at("aurora_level").get<std::string>();
  }
  for (const auto& [name, f] : j.at("families").items()) {
    ParameterFamilyInfo& info = out.parameter_families[name];
    info.engine = f.at("engine").get<std::string>();
    info.major = f.at("major").get<std::string>();
    if (f.contains("cluster_parameters")) info.cluster_parameters = listOf<std::string>(f.at("cluster_parameters"));
    info.instance_parameters = listOf<std::string>(f.at("instance_parameters"));
  }
}

void loadEnums(const json& j, StdlibData& out) {
  const json& enums = j.at("enums");
  out.insights_retention_days = listOf<int>(enums.at("rds_performance_insights_retention_days").at("values"));
  out.log_retention_days = listOf<int>(enums.at("log_retention_days").at("values"));
  out.dms_ssl_modes = listOf<std::string>(enums.at("dms_ssl_mode").at("values"));
  const json& period = enums.at("cloudwatch_alarm_period");
  out.alarm_period.values = listOf<int>(period.at("enum_at_or_below").at("values"));
  out.alarm_period.maximum = period.at("enum_at_or_below").at("maximum").get<int>();
  out.alarm_period.multiple_of = period.at("multiple_of").get<int>();
  out.lambda_reserved_environment = listOf<std::string>(enums.at("lambda_reserved_environment_variables").at("values"));
}

void loadLambdaRuntimes(const json& j, StdlibData& out) {
  out.lambda_runtimes_date = j.at("_meta").at("retrieved").get<std::string>();
  auto date = [](const json& v) { return v.is_string() ? v.get<std::string>() : std::string(); };
  for (const auto& [name, r] : j.at("runtimes").items()) {
    LambdaRuntimeInfo& info = out.lambda_runtimes[name];
    info.deprecated = date(r.at("deprecated"));
    info.create_blocked = date(r.at("create_blocked"));
    info.successor = date(r.at("successor"));
  }
}

void loadRegions(const json& j, StdlibData& out) {
  for (const auto& [name, r] : j.at("regions").items()) out.regions[name] = r.at("partition").get<std::string>();
}

void loadNameRules(const json& j, StdlibData& out) {
  auto strings = [](const json& r, const char* key) {
    return r.contains(key) ? listOf<std::string>(r.at(key)) : std::vector<std::string>{};
  };
  for (const auto& [key, r] : j.at("rules").items()) {
    NameRule& rule = out.name_rules[key];
    rule.cfn_type = r.at("cfn_type").get<std::string>();
    rule.cfn_property = r.at("cfn_property").get<std::string>();
    rule.what = r.at("what").get<std::string>();
    for (const json& tf : r.at("terraform"))
      rule.terraform.emplace_back(tf.at("type").get<std::string>(), tf.at("argument").get<std::string>());
    rule.min_length = r.value("min_length", 0);
    rule.max_length = r.value("max_length", 0);
    rule.charset = r.value("charset", "");
    rule.first = r.value("first", "");
    rule.last = r.value("last", "");
    rule.no_double_hyphen = r.value("no_double_hyphen", false);
    rule.stored_lowercase = r.value("stored_lowercase", false);
    rule.reserved_prefixes = strings(r, "reserved_prefixes");
    rule.reserved_suffixes = strings(r, "reserved_suffixes");
    rule.reserved_names = strings(r, "reserved_names");
    rule.forbidden_substrings = strings(r, "forbidden_substrings");
    rule.max_levels = r.value("max_levels", 0);
  }
}

void loadZones(const json& j, StdlibData& out) {
  for (const auto& [region, r] : j.at("regions").items()) out.zones[region] = listOf<std::string>(r.at("zones"));
}

void loadEngineFacts(const json& j, StdlibData& out) {
  for (const auto& [name, e] : j.at("engines").items()) {
    EngineFacts& facts = out.engine_facts[name];
    facts.aurora = e.at("aurora").get<bool>();
    facts.default_port = e.at("default_port").get<int>();
    facts.backtrack_max_seconds = e.at("backtrack_max_seconds").get<int>();
    facts.log_exports = listOf<std::string>(e.at("log_exports"));
    facts.default_log_exports = listOf<std::string>(e.at("default_log_exports"));
    facts.cdc_prerequisites = listOf<std::string>(e.at("cdc_prerequisites"));
    const json& dms = e.at("dms_engine_name");
    facts.dms_source = dms.at("source").get<std::string>();
    facts.dms_target = dms.at("target").get<std::string>();
    facts.dms_onprem = dms.at("onprem").get<std::string>();
    if (e.contains("serverless_v2")) {
      const json& s = e.at("serverless_v2");
      facts.serverless_from = s.at("from").get<NameMap<std::string>>();
      facts.auto_pause_from = s.at("auto_pause_from").get<NameMap<std::string>>();
    }
    facts.parameters = e.at("parameters").get<std::string>();
    if (e.contains("license_models")) {
      facts.license_models = listOf<std::string>(e.at("license_models"));
      for (const auto& [model, classes] : e.at("instance_classes").items())
        facts.instance_classes[model] = listOf<std::string>(classes);
      facts.default_instance_class = e.at("default_instance_class").get<std::string>();
    }
    facts.multi_az = e.value("multi_az", true);
    facts.master_password_max = e.at("master_password_max").get<int>();
    if (e.contains("character_sets")) facts.character_sets = listOf<std::string>(e.at("character_sets"));
  }
}

struct Table {
  const char* file;
  void (*load)(const json&, StdlibData&);
};
constexpr Table kTables[] = {
    {"engine_versions.json", loadEngines},   {"rds_instance_classes.json", loadRdsClasses},
    {"dms_instance_classes.json", loadDmsClasses}, {"cloudwatch_metrics.json", loadMetrics},
    {"rds_parameters.json", loadParameters}, {"enums.json", loadEnums},
    {"lambda_runtimes.json", loadLambdaRuntimes},
    {"aws_regions.json", loadRegions},
    {"resource_names.json", loadNameRules},
    {"availability_zones.json", loadZones},
    {"engine_facts.json", loadEngineFacts},
};
static_assert(std::size(kTables) == kStdlibTableCount);

// Reads every table's bytes; false (with `error` set) when one is unreadable.
bool readTables(const std::filesystem::path& dir, TableTexts& texts,
                std::string& error) {
  for (size_t i = 0; i < kStdlibTableCount; ++i) {
    std::filesystem::path path = dir / "data" / kTables[i].file;
    try {
      texts[i] = readFile(path);
    } catch (const std::exception& e) {
      error = fmt::format("stdlib table {}: {}", path.string(), e.what());
      return false;
    }
  }
  return true;
}

std::optional<StdlibData> parseTables(const std::filesystem::path& dir,
                                      const TableTexts& texts, std::string& error) {
  StdlibData data;
  data.dir = dir;
  for (size_t i = 0; i < kStdlibTableCount; ++i) {
    try {
      kTables[i].load(json::parse(view(texts[i])), data);
    } catch (const std::exception& e) {
      error = fmt::format("stdlib table {}: {}", (dir / "data" / kTables[i].file).string(), e.what());
      return std::nullopt;
    }
  }
  return data;
}

}  // namespace

#ifdef MIGC_EMBEDDED_STDLIB
// Generated at build time from the source tree's tables (stdlib_embed.cpp).
extern const uint64_t kEmbeddedStdlibFingerprints[kStdlibTableCount];
void buildEmbeddedStdlibData(StdlibData& out);
#endif

const char* stdlibTableFile(size_t index) { return kTables[index].file; }

uint64_t stdlibTableFingerprint(std::string_view bytes) {
  // FNV-1a over 8-byte words with an xor-shift: it tells an edited table
  // from the one migc was built with, and costs ~0.1 ms for all of them.
  uint64_t h = 0xcbf29ce484222325ull ^ bytes.size();
  size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, bytes.data() + i, 8);
    h = (h ^ word) * 0x100000001b3ull;
    h ^= h >> 29;
  }
  for (; i < bytes.size(); ++i) h = (h ^ static_cast<unsigned char>(bytes[i])) * 0x100000001b3ull;
  return h;
}

std::optional<StdlibData> parseStdlibData(const std::filesystem::path& dir, std::string& error) {
  TableTexts texts;
  if (!readTables(dir, texts, error)) return std::nullopt;
  return parseTables(dir, texts, error);
}

std::optional<StdlibData> loadStdlibData(const std::filesystem::path& dir, std::string& error) {
  TableTexts texts;
  if (!readTables(dir, texts, error)) return std::nullopt;
#ifdef MIGC_EMBEDDED_STDLIB
  // Parsing 200 KB of JSON was a fifth of a small build. The tables migc was
  // built from are compiled in; they are used when the files in `dir` are
  // byte for byte those (an edited or other stdlib is parsed as before).
  bool same = true;
  for (size_t i = 0; i < kStdlibTableCount && same; ++i)
    same = stdlibTableFingerprint(view(texts[i])) == kEmbeddedStdlibFingerprints[i];
  if (same) {
    StdlibData data;
    buildEmbeddedStdlibData(data);
    data.dir = dir;
    return data;
  }
#endif
  return parseTables(dir, texts, error);
}

}  // namespace migc::checks
