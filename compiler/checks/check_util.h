// Small readers and formatters shared by the domain checks.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checks/stdlib_data.h"
#include "ir/program.h"

namespace migc::checks {

// Compile-time constants only; a param or attribute reads as absent.
const std::string* constText(const ir::Value* v);  // String or Enum
std::optional<double> constNumber(const ir::Value* v);  // Int or Number
std::optional<double> constQuantity(const ir::Value* v, ir::Dimension d);  // base units

// True when the user wrote the field (a default was not used).
bool isWritten(const ir::Object& object, std::string_view path);

struct EngineSpec {
  std::string engine;   // AWS engine name: aurora-postgresql, postgres, oracle, ...
  std::string version;  // as written: "15.4", "13"
};
std::optional<EngineSpec> engineOf(const ir::Object& object);
// How the engine is written in a program: aurora_postgresql("15.8").
std::string engineCall(std::string_view engine, std::string_view version);
bool isAurora(std::string_view engine);
// The engine's family, whose members DMS migrates between without converting
// the schema: "postgresql" (postgres, aurora-postgresql), "mysql" (mysql,
// aurora-mysql), "oracle" and "sqlserver" (every edition); any other engine
// is its own.
std::string_view engineFamily(std::string_view engine);

// The engine major of a version: the table's when it lists the version,
// else by AWS's rule (two components for MySQL and PostgreSQL before 10,
// one for PostgreSQL 10+). Empty when no rule applies (a bare "9").
std::string majorOf(const EngineInfo& info, std::string_view engine, std::string_view version);

// The parameter-group family of an engine version (aurora-postgresql15), or
// empty when the engine has no data or AWS has no such family.
std::string parameterFamily(const StdlibData& data, const EngineSpec& spec);

// Orders "15.4" < "15.10" < "16.4": numeric parts compare as numbers.
int compareVersions(std::string_view a, std::string_view b);

// The candidate nearest by edit distance, if near enough to be a typo.
std::string closest(std::string_view name, const std::vector<std::string>& candidates);
template <typename Map>
std::vector<std::string> keysOf(const Map& map) {
  std::vector<std::string> out;
  for (const auto& [k, v] : map) out.push_back(k);
  return out;
}

std::string formatNumber(double n);      // 4, 0.5, 7.45
std::string formatDuration(double seconds);  // 7d, 90s, 5m — as a program would write it
std::string join(const std::vector<std::string>& items, std::string_view sep = ", ");
std::string stringLiteral(std::string_view text);  // a string literal, for fixes

}  // namespace migc::checks
