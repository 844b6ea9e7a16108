#include "lower/events.h"

#include <fmt/format.h>

#include <cmath>

#include "lower/iam.h"
#include "lower/key_policy.h"

namespace migc::lower {
namespace {

using Kind = ir::Value::Kind;

// The flag of `v` (an environment value or grant target) when it reads an
// object guarded by a flag the function does not share, else "".
std::string foreignFlag(const Context& ctx, const ir::Object& fn, const ir::Value& v) {
  if (v.kind == Kind::Attr) {
    const ir::Value& guard = ctx.program().objects[v.object].condition;
    bool shared = fn.condition.kind == Kind::Param && fn.condition.text == guard.text;
    if (guard.kind == Kind::Param && !shared) return guard.text;
  }
  for (const ir::Value& item : v.items)
    if (std::string f = foreignFlag(ctx, fn, item); !f.empty()) return f;
  for (const auto& [k, item] : v.entries)
    if (std::string f = foreignFlag(ctx, fn, item); !f.empty()) return f;
  return {};
}

// The grants of `allow`, keyed by the flag their targets need ("" = none).
std::map<std::string, std::vector<PValue>> grantsByFlag(Context& ctx, const ir::Object& fn) {
  std::map<std::string, std::vector<PValue>> out;
  // Data under a customer-managed key needs the key too (after the actions),
  // under the same flag as the data.
  std::map<std::string, std::vector<std::pair<const ir::Object*, std::string>>> key_uses;
  for (const auto& entry : fields::Function(fn).allow().entries()) {
    // Not a structured binding: clang 14 (the fuzzers' compiler) refuses a lambda capturing one.
    const auto& action = entry.first;
    const auto& targets = entry.second;
    std::map<std::string, std::vector<PValue>> arns;
    auto add = [&](const ir::Value& v) {
      if (v.kind != Kind::Attr) return;
      std::string flag = foreignFlag(ctx, fn, v);
      const ir::Object& target = ctx.program().objects[v.object];
      arns[flag].push_back(v.text.empty() ? arnOf(ctx, target) : ctx.value(v));
      if (v.text.empty()) key_uses[flag].emplace_back(&target, action);
    };
    const ir::Value& t = targets.value();
    if (t.kind == Kind::List)
      for (const ir::Value& item : t.items) add(item);
    else
      add(t);
    for (auto& [flag, list] : arns) out[flag].push_back(statement({action}, std::move(list)));
  }
  for (auto& [flag, uses] : key_uses)
    for (PValue& s : keyUseStatements(ctx, uses)) out[flag].push_back(std::move(s));
  return out;
}

}  // namespace

std::string rateExpression(const ir::typed::Duration& every) {
  int64_t minutes = every.minutes();
  auto spell = [](int64_t n, const char* unit) { return fmt::format("rate({} {}{})", n, unit, n == 1 ? "" : "s"); };
  if (minutes % 1440 == 0) return spell(minutes / 1440, "day");
  if (minutes % 60 == 0) return spell(minutes / 60, "hour");
  return spell(minutes, "minute");
}

PValue eventPattern(Context& ctx, const ir::Object& rule) {
  fields::Rule r(rule);
  const ir::Value& on = r.on().value();
  if (on.kind == Kind::Attr) {
    const ir::Object& source = ctx.program().objects[on.object];
    return PValue::object({{"source", PValue::list({PValue::s("aws.dms")})},
                           {"detail-type", PValue::list({PValue::s("DMS Replication Task State Change")})},
                           {"resources", PValue::list({arnOf(ctx, source)})}});
  }
  return ctx.value(r.pattern());
}

PValue arnOf(Context& ctx, const ir::Object& o) { return ctx.attribute(o, o.kind == "pipeline" ? "task_arn" : "arn"); }

std::vector<PValue> allowStatements(Context& ctx, const ir::Object& fn) {
  auto grants = grantsByFlag(ctx, fn);
  auto it = grants.find("");
  return it == grants.end() ? std::vector<PValue>{} : std::move(it->second);
}

std::map<std::string, std::vector<PValue>> guardedAllowStatements(Context& ctx, const ir::Object& fn) {
  auto grants = grantsByFlag(ctx, fn);
  grants.erase("");
  return grants;
}

PValue environmentVariables(Context& ctx, const ir::Object& fn) {
  model::Fields vars;
  for (const auto& [name, item] : fields::Function(fn).environment().entries()) {
    const ir::Value& v = item.value();
    switch (v.kind) {
      case Kind::Int: vars.emplace_back(name, PValue::s(std::to_string(v.integer))); break;
      case Kind::Number: case Kind::Quantity: vars.emplace_back(name, PValue::s(fmt::format("{}", v.number))); break;
      case Kind::Bool: vars.emplace_back(name, PValue::s(v.boolean ? "true" : "false")); break;
      default: {
        PValue value = ctx.value(v);
        // A value read from an object another flag may leave out: the variable
        // exists only with the flag (each printer says so its own way).
        if (std::string flag = foreignFlag(ctx, fn, v); !flag.empty()) value = PValue::ifFlag(flag, std::move(value));
        vars.emplace_back(name, std::move(value));
      }
    }
  }
  return PValue::object(std::move(vars));
}

PValue alarmsPublishStatement(Context& ctx, const ir::Object& topic, PValue topic_arn) {
  std::vector<const ir::Object*> alarms = alarmsNotifying(ctx, {&topic});
  if (alarms.empty()) return PValue::null();
  return PValue::object({{"Sid", PValue::s("AllowCloudWatchAlarmsPublish")},
                         {"Effect", PValue::s("Allow")},
                         {"Principal", PValue::object({{"Service", PValue::s("cloudwatch.amazonaws.com")}})},
                         {"Action", PValue::s("sns:Publish")},
                         {"Resource", std::move(topic_arn)},
                         {"Condition", alarmSourceCondition(ctx, alarms)}});
}

}  // namespace migc::lower
