#include "lowering/cutover.h"

namespace migc::lowering {
namespace {

SideFacts side(Context& ctx, const ir::Object& o, const std::string& name) {
  SideFacts s;
  s.side = name;
  s.target = ctx.value(field(o, name + ".target"));
  s.set_identifier = text(o, name + ".id");
  const ir::Value& health = field(o, name + ".health");
  if (health.kind == ir::Value::Kind::Map) {
    HealthFacts h;
    std::string protocol = text(o, name + ".health.protocol");
    h.type = protocol == "http" ? "HTTP" : protocol == "tcp" ? "TCP" : "HTTPS";
    const ir::Value& port = field(o, name + ".health.port");
    h.port = port.kind == ir::Value::Kind::Int ? port.integer : protocol == "http" ? 80 : 443;
    if (protocol != "tcp") {
      h.path = text(o, name + ".health.path");
      if (h.path.empty()) h.path = "/";
    }
    h.interval = static_cast<int64_t>(seconds(o, name + ".health.interval"));
    h.failure_threshold = integer(o, name + ".health.failure_threshold");
    s.health = h;
  }
  return s;
}

}  // namespace

CutoverFacts cutoverFacts(Context& ctx, const ir::Object& o) {
  CutoverFacts f;
  const ir::Value& zone = field(o, "zone");
  f.creates_zone = zone.kind != ir::Value::Kind::Null;
  const ir::Value& record = field(o, "record");
  f.fqdn = f.creates_zone ? model::PValue::concat({ctx.value(record), model::PValue::s("."), ctx.value(zone)})
                          : ctx.value(record);
  f.ttl = static_cast<int64_t>(seconds(o, "ttl"));
  f.blue = side(ctx, o, "blue");
  f.green = side(ctx, o, "green");
  f.table = Context::id(o, "weights");
  return f;
}

std::string weightTable(Context& ctx, const ir::Object& o) {
  model::Table t;
  t.name = Context::id(o, "weights");
  t.param = field(o, "param").text;
  for (const ir::Value& phase : field(o, "phase").items) {
    const ir::Value* name = phase.get("name");
    const ir::Value* blue = phase.get("blue");
    const ir::Value* green = phase.get("green");
    if (!name || !blue || !green) continue;
    t.rows.push_back({name->text, {{"blue", model::PValue::i(blue->integer)}, {"green", model::PValue::i(green->integer)}}});
  }
  for (const model::Table& existing : ctx.stack().tables)
    if (existing.name == t.name) return t.name;
  ctx.stack().tables.push_back(std::move(t));
  return ctx.stack().tables.back().name;
}

}  // namespace migc::lowering
