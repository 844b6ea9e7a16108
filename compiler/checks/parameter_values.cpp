// CHK-A3: cluster `parameters` and `instance_parameters` use names the
// family has and values RDS accepts. The name table is partial (audit, TLS
// and CDC parameters), so an unknown name is a warning; a known parameter
// with a value outside its allowed set is certain to fail, so an error, and
// so is a parameter the table knows as Aurora cluster-level only set in
// `instance_parameters` (MIG2127).
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

using Kind = ir::Value::Kind;

bool contains(const std::vector<std::string>& list, std::string_view s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

// PostgreSQL matches enumerated settings case-insensitively.
bool allowedValue(const RdsParameterInfo& p, std::string_view v) {
  return std::any_of(p.allowed_values.begin(), p.allowed_values.end(), [&](const std::string& a) {
    return a.size() == v.size() && std::equal(a.begin(), a.end(), v.begin(), [](char x, char y) {
             return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
  });
}

// The value as RDS stores it, or nullopt when only deploy time knows it.
std::optional<std::string> rdsText(const ir::Value& v) {
  switch (v.kind) {
    case Kind::Bool: return std::string(v.boolean ? "1" : "0");
    case Kind::Int: return fmt::format("{}", v.integer);
    case Kind::Number: return formatNumber(v.number);
    case Kind::String: case Kind::Enum: return v.text;
    case Kind::Quantity:  // never valid, but named as written in the message
      return v.dimension == ir::Dimension::Duration ? formatDuration(v.number)
             : v.dimension == ir::Dimension::Size   ? formatNumber(v.number) + "B"
             : v.dimension == ir::Dimension::Money  ? formatNumber(v.number) + "USD"
                                                    : formatNumber(v.number) + "%";
    default: return std::nullopt;
  }
}

// Empty when `text` is valid for `p`, else what was expected.
std::string problemWith(const RdsParameterInfo& p, const std::string& text) {
  if (p.type == "list" && !p.allowed_values.empty()) {
    size_t pos = 0;
    while (pos <= text.size()) {
      size_t comma = std::min(text.find(',', pos), text.size());
      std::string item = text.substr(pos, comma - pos);
      item.erase(0, item.find_first_not_of(" -"));
      item.erase(item.find_last_not_of(' ') + 1);
      if (!allowedValue(p, item))
        return fmt::format("expected a comma-separated list of {} ('-' excludes a class)", join(p.allowed_values));
      pos = comma + 1;
    }
    return {};
  }
  if (!p.allowed_values.empty() && !allowedValue(p, text))
    return p.allowed_values.size() == 2 ? fmt::format("expected {} or {}", p.allowed_values[0], p.allowed_values[1])
                                        : fmt::format("expected one of {}", join(p.allowed_values));
  if (p.type == "integer") {
    char* end = nullptr;
    double n = std::strtod(text.c_str(), &end);
    bool integral = !text.empty() && *end == '\0' && n == static_cast<double>(static_cast<int64_t>(n));
    if (!integral || (p.min && n < *p.min) || (p.max && n > *p.max)) {
      std::string range = p.min && p.max ? fmt::format(" from {} to {}", formatNumber(*p.min), formatNumber(*p.max))
                          : p.min       ? fmt::format(" of at least {}", formatNumber(*p.min))
                                        : "";
      return fmt::format("expected an integer{}{}", range, p.unit.empty() ? "" : " (" + p.unit + ")");
    }
  }
  return {};
}

class ParameterValueCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-A3"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* cluster : ctx.objectsOf("cluster")) {
      auto spec = engineOf(*cluster);
      std::string family = spec ? parameterFamily(ctx.data(), *spec) : "";
      auto it = ctx.data().parameter_families.find(family);
      if (it == ctx.data().parameter_families.end()) continue;  // no parameter data for the family
      const ParameterFamilyInfo& fam = it->second;
      bool aurora = !fam.cluster_parameters.empty();
      checkGroup(ctx, *cluster, "parameters", aurora ? fam.cluster_parameters : fam.instance_parameters, fam, family);
      checkGroup(ctx, *cluster, "instance_parameters", fam.instance_parameters, fam, family);
    }
    // A database's only group is its DB (instance) parameter group.
    for (const ir::Object* db : ctx.objectsOf("database")) {
      auto spec = engineOf(*db);
      auto it = ctx.data().parameter_families.find(spec ? parameterFamily(ctx.data(), *spec) : "");
      if (it == ctx.data().parameter_families.end()) continue;
      checkGroup(ctx, *db, "parameters", it->second.instance_parameters, it->second, it->first, "instance");
    }
  }

 private:
  // A parameter the table places in Aurora's cluster parameter group only
  // (aurora_level = cluster), so the family's instance group lacks it.
  static bool clusterOnly(const CheckContext& ctx, const ParameterFamilyInfo& fam, const std::string& name) {
    auto info = ctx.data().parameters.find(name);
    return contains(fam.cluster_parameters, name) && info != ctx.data().parameters.end() &&
           info->second.aurora_level == "cluster";
  }

  static void checkGroup(const CheckContext& ctx, const ir::Object& cluster, const char* field,
                         const std::vector<std::string>& names, const ParameterFamilyInfo& fam,
                         const std::string& family, const char* level_override = nullptr) {
    const ir::Value* group = cluster.field(field);
    if (!group || group->kind != Kind::Map) return;
    const char* level = level_override ? level_override : std::string_view(field) == "parameters" ? "cluster" : "instance";
    for (const auto& [name, value] : group->entries) {
      SourceRange where = value.range.file.valid() ? value.range : ctx.where(cluster, field);
      if (!contains(names, name) && std::string_view(level) == "instance" && clusterOnly(ctx, fam, name)) {
        // Aurora's DB parameter group has no such parameter: certain to fail (MIG2127).
        ctx.report(DiagKind::ClusterParameterAtInstanceLevel, where, name, family)
            .help("set it in the cluster's `parameters`: Aurora applies it to every instance");
        continue;
      }
      if (!contains(names, name)) {
        auto d = ctx.report(DiagKind::UnknownDbParameter, where, name, level, family);
        if (contains(fam.cluster_parameters, name))
          d.help(fmt::format("'{}' is set at cluster level in Aurora; move it to `parameters`", name));
        else if (std::string near = closest(name, names); !near.empty())
          d.help(fmt::format("did you mean '{}'?", near));
        else
          d.note("migc's table (stdlib/data/rds_parameters.json) lists only audit, TLS and CDC parameters");
        continue;
      }
      auto info = ctx.data().parameters.find(name);
      std::optional<std::string> text = rdsText(value);
      if (info == ctx.data().parameters.end() || !text) continue;
      if (std::string problem = problemWith(info->second, *text); !problem.empty()) {
        auto d = ctx.report(DiagKind::InvalidDbParameterValue, where,
                            value.kind == Kind::String ? stringLiteral(*text) : *text, name, problem);
        // A misspelt word gets a fix; "2" for a 0/1 parameter has no likely intent.
        std::string near = info->second.type == "list" || text->size() < 3
                               ? std::string() : closest(*text, info->second.allowed_values);
        if (!near.empty() && value.kind == Kind::String)
          d.fix(where, stringLiteral(near)).help(fmt::format("did you mean \"{}\"?", near));
      }
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeParameterValueCheck() { return std::make_unique<ParameterValueCheck>(); }

}  // namespace migc::checks
