#include "lower/rds.h"

#include "lower/common.h"
#include "lower/database_access.h"

namespace migc::lower {
namespace {

// Parameter values as RDS takes them: strings, booleans as "1"/"0".
PValue parameterValue(Context& ctx, const ir::Value& value) {
  PValue v = ctx.value(value);
  if (v.kind == PValue::Kind::Int) return PValue::s(std::to_string(v.integer));
  if (v.kind == PValue::Kind::Bool) return PValue::s(v.boolean ? "1" : "0");
  return v;
}

}  // namespace

std::string parameterFamily(const ir::Object& o, const ir::typed::Engine& engine) {
  // The checks record it from engine_versions.json (mariadb10.11, aurora-mysql8.0).
  if (const ir::Value* family = o.facts.get("parameter_family")) return family->text;
  const std::string& name = engine.name();
  const std::string& version = engine.version();
  size_t major_end = version.find('.');
  if (name.find("mysql") != std::string::npos && major_end != std::string::npos) major_end = version.find('.', major_end + 1);
  return name + version.substr(0, major_end);
}

void addParameters(Context& ctx, model::Resource& group, const ir::typed::Map<ir::typed::Any>& parameters) {
  for (const auto& [name, value] : parameters.entries())
    group.properties.emplace_back("parameter", PValue::block({{"name", PValue::s(name)},
                                                              {"value", parameterValue(ctx, value.value())},
                                                              {"apply_method", PValue::s("pending-reboot")}}));
}

void databaseNetwork(Context& ctx, const ir::Object& o, const ir::Object& network, const std::string& engine,
                     const PValue& port) {
  ctx.add("aws_db_subnet_group", Context::id(o, "subnets"), o).properties = {
      {"name", ctx.name(o, "db-subnets")},
      {"description", PValue::s("Private subnets of " + o.name)},
      {"subnet_ids", subnetIds(network)},
      {"tags", ctx.tags()}};
  securityGroup(ctx, o, "sg", ctx.name(o, "db-sg"), PValue::s("Database access for " + o.name),
                ctx.attribute(network, "id"));
  // Only the replication instances that write to this database get in.
  for (const ir::Object* pipeline : ctx.referrers(o, "pipeline", "to")) {
    model::Resource& rule =
        securityGroupRule(ctx, o, true, Context::id(o, "from_" + pipeline->name), securityGroupRef(o, "sg"),
                          engineLabel(engine) + " from DMS pipeline " + pipeline->name, port,
                          "referenced_security_group_id", securityGroupRef(*pipeline, "sg"));
    // The rule exists only while the pipeline does (a `when` flag on it).
    if (rule.condition.empty() && pipeline->condition.kind == ir::Value::Kind::Param)
      rule.condition = pipeline->condition.text;
  }
}

}  // namespace migc::lower
