#include "lowering/rds.h"

namespace migc::lowering {

EngineFacts engineFacts(const ir::Object& cluster) {
  const ir::Value& engine = field(cluster, "engine");
  EngineFacts f;
  f.engine = engine.get("engine") ? engine.get("engine")->text : "aurora-postgresql";
  f.version = engine.get("version") ? engine.get("version")->text : "";
  // PostgreSQL families carry the major (15), MySQL's the first two parts (8.0).
  size_t major_end = f.version.find('.');
  if (f.engine.find("mysql") != std::string::npos && major_end != std::string::npos)
    major_end = f.version.find('.', major_end + 1);
  f.family = f.engine + f.version.substr(0, major_end);
  f.label = f.engine.find("mysql") != std::string::npos    ? "MySQL"
            : f.engine.find("oracle") != std::string::npos ? "Oracle"
                                                           : "PostgreSQL";
  return f;
}

model::PValue parameterValue(Context& ctx, const ir::Value& value) {
  model::PValue v = ctx.value(value);
  if (v.kind == model::PValue::Kind::Int) return model::PValue::s(std::to_string(v.integer));
  if (v.kind == model::PValue::Kind::Bool) return model::PValue::s(v.boolean ? "1" : "0");
  return v;
}

}  // namespace migc::lowering
