// The stdlib data tables (stdlib/data/*.json) as plain C++ structures, read
// once per run. Domain checks read only this, never JSON, so a table's shape
// is known in one place and a malformed table is an I/O error up front
// rather than a crash inside a check.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace migc::checks {

template <typename T>
using NameMap = std::map<std::string, T, std::less<>>;

struct EngineVersionInfo {
  std::string version;
  std::string major;  // empty when the data names no single major (bare "9")
  bool deprecated = false;
};

// engine_versions.json: one RDS/Aurora engine.
struct EngineInfo {
  std::string primary_resource;  // cluster (Aurora) | instance
  std::string family_pattern;    // "aurora-postgresql{major}"
  std::vector<std::string> majors;
  std::vector<std::string> families;
  std::vector<EngineVersionInfo> versions;  // in the table's (ascending) order

  const EngineVersionInfo* find(std::string_view version) const;
  bool hasMajor(std::string_view major) const;
  bool hasFamily(std::string_view family) const;
  std::string familyFor(std::string_view major) const;  // the pattern applied
};

struct InstanceClassInfo {
  double memory_gib = 0;  // 0: not derived (db.serverless, legacy classes)
  int vcpu = 0;
};

// rds_instance_classes.json: the DB instance classes of one engine.
struct RdsEngineClasses {
  NameMap<InstanceClassInfo> classes;          // DB instances (Aurora clusters' instances too)
  NameMap<InstanceClassInfo> cluster_classes;  // Multi-AZ DB clusters (postgres only; cfn-lint E3694)
  NameMap<std::vector<std::string>> not_orderable;  // version -> classes (cfn-lint E3062)
};

struct DmsClassInfo {
  std::string family;
  double memory_gib = 0;
  int vcpu = 0;
};

// rds_parameters.json: one parameter.
struct RdsParameterInfo {
  std::string type;  // boolean | string | integer | list
  std::vector<std::string> allowed_values;
  std::optional<double> min, max;
  std::string unit;          // ms, ...
  std::string aurora_level;  // cluster | both
};

struct ParameterFamilyInfo {
  std::string engine;
  std::string major;
  std::vector<std::string> cluster_parameters;   // empty for RDS (non-Aurora) families
  std::vector<std::string> instance_parameters;
};

// enums.json cloudwatch_alarm_period: at or below `maximum` one of `values`,
// above it a multiple of `multiple_of`.
struct AlarmPeriodRule {
  std::vector<int> values;
  int maximum = 60;
  int multiple_of = 60;
  bool allows(double seconds) const;
};

// lambda_runtimes.json: one runtime's lifecycle (dates "YYYY-MM-DD", empty = none).
struct LambdaRuntimeInfo {
  std::string deprecated;
  std::string create_blocked;
  std::string successor;
};

// resource_names.json: what AWS accepts for one identifier property
// (AWS::RDS::DBCluster.DBClusterIdentifier). Zero / empty means no rule.
struct NameRule {
  std::string cfn_type, cfn_property, what;
  std::vector<std::pair<std::string, std::string>> terraform;  // (resource type, argument)
  int min_length = 0, max_length = 0;
  std::string charset;      // a character-class body: "A-Za-z0-9-" (ranges, then literals; '-' last)
  std::string first, last;  // letter | alnum | lower_alnum
  bool no_double_hyphen = false;
  bool stored_lowercase = false;  // AWS lowercases it: names differing in case collide
  std::vector<std::string> reserved_prefixes, reserved_suffixes, reserved_names, forbidden_substrings;
  int max_levels = 0;  // '/'-separated levels (SSM parameter names)
};

// engine_facts.json: one RDS/Aurora engine (aurora-postgresql, mysql, sqlserver-ee, ...).
struct EngineFacts {
  bool aurora = false;
  int default_port = 0;
  int backtrack_max_seconds = 0;  // 0: the engine has no backtrack
  std::vector<std::string> log_exports;  // the log types CloudWatch Logs may export
  std::vector<std::string> default_log_exports;  // what `log_exports` defaults to (a subset)
  // What a self-managed source of the engine's family needs before DMS can
  // capture its changes (binlog_format = ROW, ARCHIVELOG, MS-CDC, ...).
  std::vector<std::string> cdc_prerequisites;
  std::string dms_source, dms_target, dms_onprem;  // DMS endpoint EngineName per role
  // Serverless v2 by engine major: the first version with it, and with
  // auto-pause (min 0 ACU). Empty: no Serverless v2.
  NameMap<std::string> serverless_from, auto_pause_from;
  std::string parameters;  // where parameter names/values are covered, or why not
  // Oracle and SQL Server: the license models RDS offers (AWS spelling,
  // license-included first when offered: the default), the instance classes
  // orderable under each, and the class a `database` defaults to. Empty for
  // engines without a license choice.
  std::vector<std::string> license_models;
  NameMap<std::vector<std::string>> instance_classes;  // by license model
  std::string default_instance_class;
  std::vector<std::string> character_sets;  // Oracle: the DB character sets RDS offers
  bool multi_az = true;  // false: the edition has no Multi-AZ standby (SQL Server Express, Web)
  int master_password_max = 0;  // the longest master password the engine takes
};

struct StdlibData {
  std::filesystem::path dir;
  NameMap<EngineInfo> engines;
  std::string rds_classes_region;  // the region the instance-class table describes
  NameMap<RdsEngineClasses> rds_classes;  // by engine
  NameMap<DmsClassInfo> dms_classes;
  NameMap<NameMap<std::string>> metric_units;  // namespace -> metric -> unit
  NameMap<RdsParameterInfo> parameters;
  NameMap<ParameterFamilyInfo> parameter_families;
  std::vector<int> insights_retention_days;
  std::vector<int> log_retention_days;
  std::vector<std::string> dms_ssl_modes;  // none, require, verify-ca, verify-full
  AlarmPeriodRule alarm_period;
  NameMap<LambdaRuntimeInfo> lambda_runtimes;
  std::string lambda_runtimes_date;  // when the table was retrieved: lifecycle dates are judged as of it
  NameMap<std::string> regions;  // aws_regions.json: region name -> partition
  NameMap<NameRule> name_rules;  // resource_names.json, by "<CFN type>.<property>"
  NameMap<std::vector<std::string>> zones;  // availability_zones.json: region -> zone names, in order
  NameMap<EngineFacts> engine_facts;  // engine_facts.json, by RDS engine name
  std::vector<std::string> lambda_reserved_environment;  // enums.json lambda_reserved_environment_variables

  const EngineInfo* engine(std::string_view name) const;
  // The CloudWatch unit of a metric, or empty when the table lacks it.
  std::string_view metricUnit(std::string_view ns, std::string_view metric) const;
  // The facts of an engine; a bare family name ("oracle", "sqlserver") finds
  // its first edition. Null when the table lacks it.
  const EngineFacts* engineFacts(std::string_view engine) const;
  // The availability zones of a region a new account is offered, in order,
  // or null for a region the table lacks. Backends take zone names from
  // here: never `<region>` plus invented letters.
  const std::vector<std::string>* zonesOf(std::string_view region) const;
};

// Reads every table under `dir`/data. Returns nullopt and sets `error` when a
// file is missing, is not JSON, or lacks a key a check relies on. Tables
// identical to the ones migc was built with are not parsed: their contents
// are compiled in (generated at build time by stdlib_embed).
std::optional<StdlibData> loadStdlibData(const std::filesystem::path& dir, std::string& error);
// The same, always parsing the JSON (what the build-time generator and the
// tests that compare both paths use).
std::optional<StdlibData> parseStdlibData(const std::filesystem::path& dir, std::string& error);

// The tables, in a fixed order, and the fingerprint that tells whether a
// table's bytes are those compiled in.
inline constexpr size_t kStdlibTableCount = 11;
const char* stdlibTableFile(size_t index);  // "engine_versions.json"
uint64_t stdlibTableFingerprint(std::string_view bytes);
// `data` as C++ statements that rebuild it in a function taking `StdlibData& d`
// (every field but `dir`). Two StdlibData are equal when these are.
std::string stdlibDataAsCpp(const StdlibData& data);

// Where the stdlib lives, first match wins: `flag_override` (--stdlib), the
// MIGC_STDLIB environment variable, <exe dir>/../share/migc/stdlib (an
// installed migc), then the source tree migc was built from. A directory
// counts when it holds data/engine_versions.json. The flag and the variable
// are explicit requests, so a wrong one is an error rather than skipped.
// `argv0_or_exe` may be null: the running executable is then found through
// /proc/self/exe.
std::filesystem::path findStdlib(const char* argv0_or_exe, const std::string& flag_override,
                                 std::string& error);

}  // namespace migc::checks
