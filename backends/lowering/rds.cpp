#include "lowering/rds.h"

namespace migc::lowering {

EngineFacts engineFacts(const ir::Object& cluster) {
  const ir::Value& engine = field(cluster, "engine");
  EngineFacts f;
  f.engine = engine.get("engine") ? engine.get("engine")->text : "aurora-postgresql";
  f.version = engine.get("version") ? engine.get("version")->text : "";
  f.family = f.engine + f.version.substr(0, f.version.find('.'));
  return f;
}

model::PValue parameterValue(Context& ctx, const ir::Value& value) {
  model::PValue v = ctx.value(value);
  if (v.kind == model::PValue::Kind::Int) return model::PValue::s(std::to_string(v.integer));
  if (v.kind == model::PValue::Kind::Bool) return model::PValue::s(v.boolean ? "1" : "0");
  return v;
}

}  // namespace migc::lowering
