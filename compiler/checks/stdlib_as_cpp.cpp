// StdlibData written as C++ statements: how the build compiles the shipped
// tables into migc (tools/stdlib_embed.cpp), and a canonical text that tests
// compare to check that the compiled-in tables equal the parsed JSON.
#include <fmt/format.h>

#include <cmath>

#include "checks/stdlib_data.h"

namespace migc::checks {
namespace {

// A C++ string literal; octal escapes, since a hex escape would swallow
// the hex digits after it.
std::string lit(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') out += {'\\', c};
    else if (u < 0x20 || u >= 0x7f) out += fmt::format("\\{:03o}", u);
    else out += c;
  }
  return out + "\"";
}

// A double literal that reads back as the same value.
std::string num(double d) {
  std::string s = fmt::format("{}", d);
  if (s.find_first_of(".e") == std::string::npos) s += ".0";
  return s;
}

std::string strings(const std::vector<std::string>& v) {
  std::string out = "{";
  for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + lit(v[i]);
  return out + "}";
}

std::string ints(const std::vector<int>& v) {
  std::string out = "{";
  for (size_t i = 0; i < v.size(); ++i) out += fmt::format("{}{}", i ? ", " : "", v[i]);
  return out + "}";
}

std::string optional(const std::optional<double>& v) { return v ? num(*v) : "std::nullopt"; }

std::string classes(const NameMap<InstanceClassInfo>& m) {
  std::string out = "{";
  for (const auto& [name, c] : m) out += fmt::format("\n      {{{}, {{{}, {}}}}},", lit(name), num(c.memory_gib), c.vcpu);
  return out + "}";
}

}  // namespace

std::string stdlibDataAsCpp(const StdlibData& d) {
  std::string out;
  for (const auto& [name, e] : d.engines) {
    out += fmt::format("  {{\n    EngineInfo& e = d.engines[{}];\n", lit(name));
    out += fmt::format("    e.primary_resource = {};\n    e.family_pattern = {};\n", lit(e.primary_resource),
                       lit(e.family_pattern));
    out += fmt::format("    e.majors = {};\n    e.families = {};\n    e.versions = {{", strings(e.majors),
                       strings(e.families));
    for (const EngineVersionInfo& v : e.versions)
      out += fmt::format("\n      {{{}, {}, {}}},", lit(v.version), lit(v.major), v.deprecated);
    out += "};\n  }\n";
  }
  out += fmt::format("  d.rds_classes_region = {};\n", lit(d.rds_classes_region));
  for (const auto& [engine, r] : d.rds_classes) {
    out += fmt::format("  {{\n    RdsEngineClasses& r = d.rds_classes[{}];\n", lit(engine));
    out += fmt::format("    r.classes = {};\n    r.cluster_classes = {};\n    r.not_orderable = {{", classes(r.classes),
                       classes(r.cluster_classes));
    for (const auto& [version, names] : r.not_orderable)
      out += fmt::format("\n      {{{}, {}}},", lit(version), strings(names));
    out += "};\n  }\n";
  }
  out += "  d.dms_classes = {";
  for (const auto& [name, c] : d.dms_classes)
    out += fmt::format("\n    {{{}, {{{}, {}, {}}}}},", lit(name), lit(c.family), num(c.memory_gib), c.vcpu);
  out += "};\n  d.metric_units = {";
  for (const auto& [ns, metrics] : d.metric_units) {
    out += fmt::format("\n    {{{}, {{", lit(ns));
    for (const auto& [metric, unit] : metrics) out += fmt::format("\n      {{{}, {}}},", lit(metric), lit(unit));
    out += "}},";
  }
  out += "};\n  d.parameters = {";
  for (const auto& [name, p] : d.parameters)
    out += fmt::format("\n    {{{}, {{{}, {}, {}, {}, {}, {}}}}},", lit(name), lit(p.type), strings(p.allowed_values),
                       optional(p.min), optional(p.max), lit(p.unit), lit(p.aurora_level));
  out += "};\n  d.parameter_families = {";
  for (const auto& [name, f] : d.parameter_families)
    out += fmt::format("\n    {{{}, {{{}, {}, {}, {}}}}},", lit(name), lit(f.engine), lit(f.major),
                       strings(f.cluster_parameters), strings(f.instance_parameters));
  out += "};\n";
  out += fmt::format("  d.insights_retention_days = {};\n  d.log_retention_days = {};\n  d.dms_ssl_modes = {};\n",
                     ints(d.insights_retention_days), ints(d.log_retention_days), strings(d.dms_ssl_modes));
  out += fmt::format("  d.alarm_period = {{{}, {}, {}}};\n", ints(d.alarm_period.values), d.alarm_period.maximum,
                     d.alarm_period.multiple_of);
  out += "  d.lambda_runtimes = {";
  for (const auto& [name, r] : d.lambda_runtimes)
    out += fmt::format("\n    {{{}, {{{}, {}, {}}}}},", lit(name), lit(r.deprecated), lit(r.create_blocked),
                       lit(r.successor));
  out += fmt::format("}};\n  d.lambda_runtimes_date = {};\n  d.regions = {{", lit(d.lambda_runtimes_date));
  for (const auto& [name, partition] : d.regions) out += fmt::format("\n    {{{}, {}}},", lit(name), lit(partition));
  out += "};\n";
  out += fmt::format("  d.lambda_reserved_environment = {};\n", strings(d.lambda_reserved_environment));
  for (const auto& [key, r] : d.name_rules) {
    out += fmt::format("  {{\n    NameRule& r = d.name_rules[{}];\n", lit(key));
    out += fmt::format("    r.cfn_type = {};\n    r.cfn_property = {};\n    r.what = {};\n    r.terraform = {{", lit(r.cfn_type),
                       lit(r.cfn_property), lit(r.what));
    for (const auto& [type, arg] : r.terraform) out += fmt::format("{{{}, {}}}, ", lit(type), lit(arg));
    out += fmt::format("}};\n    r.min_length = {};\n    r.max_length = {};\n    r.charset = {};\n", r.min_length,
                       r.max_length, lit(r.charset));
    out += fmt::format("    r.first = {};\n    r.last = {};\n    r.no_double_hyphen = {};\n    r.stored_lowercase = {};\n",
                       lit(r.first), lit(r.last), r.no_double_hyphen, r.stored_lowercase);
    out += fmt::format("    r.reserved_prefixes = {};\n    r.reserved_suffixes = {};\n    r.reserved_names = {};\n",
                       strings(r.reserved_prefixes), strings(r.reserved_suffixes), strings(r.reserved_names));
    out += fmt::format("    r.forbidden_substrings = {};\n    r.max_levels = {};\n  }}\n", strings(r.forbidden_substrings),
                       r.max_levels);
  }
  out += "  d.zones = {";
  for (const auto& [region, zones] : d.zones) out += fmt::format("\n    {{{}, {}}},", lit(region), strings(zones));
  out += "};\n";
  auto versions = [](const NameMap<std::string>& m) {
    std::string text = "{";
    for (const auto& [major, version] : m) text += fmt::format("{{{}, {}}}, ", lit(major), lit(version));
    return text + "}";
  };
  for (const auto& [name, f] : d.engine_facts) {
    out += fmt::format("  {{\n    EngineFacts& f = d.engine_facts[{}];\n", lit(name));
    out += fmt::format("    f.aurora = {};\n    f.default_port = {};\n    f.backtrack_max_seconds = {};\n", f.aurora,
                       f.default_port, f.backtrack_max_seconds);
    out += fmt::format("    f.log_exports = {};\n    f.dms_source = {};\n    f.dms_target = {};\n    f.dms_onprem = {};\n",
                       strings(f.log_exports), lit(f.dms_source), lit(f.dms_target), lit(f.dms_onprem));
    out += fmt::format("    f.default_log_exports = {};\n    f.cdc_prerequisites = {};\n", strings(f.default_log_exports),
                       strings(f.cdc_prerequisites));
    out += fmt::format("    f.serverless_from = {};\n    f.auto_pause_from = {};\n", versions(f.serverless_from),
                       versions(f.auto_pause_from));
    out += fmt::format("    f.parameters = {};\n    f.multi_az = {};\n    f.master_password_max = {};\n",
                       lit(f.parameters), f.multi_az, f.master_password_max);
    out += fmt::format("    f.license_models = {};\n    f.default_instance_class = {};\n    f.character_sets = {};\n",
                       strings(f.license_models), lit(f.default_instance_class), strings(f.character_sets));
    for (const auto& [model, classes] : f.instance_classes)
      out += fmt::format("    f.instance_classes[{}] = {};\n", lit(model), strings(classes));
    out += "  }\n";
  }
  return out;
}

}  // namespace migc::checks
