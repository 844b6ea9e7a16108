// Finding the stdlib directory, and the small lookups on loaded tables.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "checks/stdlib_data.h"

namespace migc::checks {
namespace fs = std::filesystem;

const EngineVersionInfo* EngineInfo::find(std::string_view version) const {
  for (const EngineVersionInfo& v : versions)
    if (v.version == version) return &v;
  return nullptr;
}

bool EngineInfo::hasMajor(std::string_view major) const {
  return std::find(majors.begin(), majors.end(), major) != majors.end();
}

bool EngineInfo::hasFamily(std::string_view family) const {
  return std::find(families.begin(), families.end(), family) != families.end();
}

std::string EngineInfo::familyFor(std::string_view major) const {
  std::string out = family_pattern;
  if (size_t at = out.find("{major}"); at != std::string::npos) out.replace(at, 7, major);
  return out;
}

bool AlarmPeriodRule::allows(double seconds) const {
  if (seconds <= maximum)
    return std::find(values.begin(), values.end(), seconds) != values.end();
  return std::fmod(seconds, multiple_of) == 0;
}

const EngineInfo* StdlibData::engine(std::string_view name) const {
  auto it = engines.find(name);
  return it == engines.end() ? nullptr : &it->second;
}

const EngineFacts* StdlibData::engineFacts(std::string_view engine) const {
  if (auto it = engine_facts.find(engine); it != engine_facts.end()) return &it->second;
  for (const auto& [name, facts] : engine_facts)
    if (name.size() > engine.size() && name.starts_with(engine) && name[engine.size()] == '-') return &facts;
  return nullptr;
}

const std::vector<std::string>* StdlibData::zonesOf(std::string_view region) const {
  auto it = zones.find(region);
  return it == zones.end() ? nullptr : &it->second;
}

std::string_view StdlibData::metricUnit(std::string_view ns, std::string_view metric) const {
  auto n = metric_units.find(ns);
  if (n == metric_units.end()) return {};
  auto m = n->second.find(metric);
  return m == n->second.end() ? std::string_view{} : std::string_view(m->second);
}

namespace {

bool isStdlibDir(const fs::path& dir) {
  std::error_code ec;
  return fs::is_regular_file(dir / "data" / "engine_versions.json", ec);
}

// The running executable: argv[0] when it is a path, else /proc/self/exe
// (a bare argv[0] was found through PATH, which we do not repeat).
fs::path executablePath(const char* argv0) {
  std::error_code ec;
  if (argv0 && std::string_view(argv0).find('/') != std::string_view::npos) {
    fs::path p = fs::weakly_canonical(fs::path(argv0), ec);
    if (!ec) return p;
  }
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path{} : self;
}

}  // namespace

fs::path findStdlib(const char* argv0_or_exe, const std::string& flag_override, std::string& error) {
  if (!flag_override.empty()) {
    if (isStdlibDir(flag_override)) return flag_override;
    error = fmt::format("--stdlib {}: not a migc stdlib (data/engine_versions.json is missing)", flag_override);
    return {};
  }
  if (const char* env = std::getenv("MIGC_STDLIB"); env && *env) {
    if (isStdlibDir(env)) return env;
    error = fmt::format("MIGC_STDLIB={}: not a migc stdlib (data/engine_versions.json is missing)", env);
    return {};
  }
  std::vector<fs::path> tried;
  if (fs::path exe = executablePath(argv0_or_exe); !exe.empty()) {
    tried.push_back((exe.parent_path() / ".." / "share" / "migc" / "stdlib").lexically_normal());
    if (isStdlibDir(tried.back())) return tried.back();
  }
#ifdef MIGC_SOURCE_STDLIB_DIR
  tried.emplace_back(MIGC_SOURCE_STDLIB_DIR);
  if (isStdlibDir(tried.back())) return tried.back();
#endif
  std::string where;
  for (const fs::path& p : tried) where += (where.empty() ? "" : ", ") + p.string();
  error = fmt::format("cannot find the migc stdlib (looked in: {}); pass --stdlib DIR or set MIGC_STDLIB",
                      where.empty() ? "nowhere" : where);
  return {};
}

}  // namespace migc::checks
