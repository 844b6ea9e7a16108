#include "lowering/cutover.h"

namespace migc::lowering {
namespace {

// The service whose load balancer a side points at (`target = api.dns_name`), or null.
const ir::Object* targetService(const ir::Program& program, const ir::Object& o, const std::string& side) {
  const ir::Value& target = field(o, side + ".target");
  if (target.kind != ir::Value::Kind::Attr || target.object >= program.objects.size()) return nullptr;
  const ir::Object& service = program.objects[target.object];
  return service.kind == "service" ? &service : nullptr;
}

SideFacts side(Context& ctx, const ir::Object& o, const std::string& name) {
  SideFacts s;
  s.side = name;
  s.target = ctx.value(field(o, name + ".target"));
  s.set_identifier = text(o, name + ".id");
  const ir::Value& health = field(o, name + ".health");
  if (health.kind == ir::Value::Kind::Map) {
    HealthFacts h;
    std::string protocol = probeProtocol(ctx.program(), o, name);
    h.type = protocol == "http" ? "HTTP" : protocol == "tcp" ? "TCP" : "HTTPS";
    const ir::Value& port = field(o, name + ".health.port");
    const ir::Object* service = targetService(ctx.program(), o, name);
    int64_t http_port = service ? integer(*service, "listener_port") : 80;
    h.port = port.kind == ir::Value::Kind::Int ? port.integer : protocol == "http" ? http_port : 443;
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

std::string probeProtocol(const ir::Program& program, const ir::Object& o, const std::string& side) {
  std::string path = side + ".health.protocol";
  const ir::Value& protocol = field(o, path);
  bool written = protocol.range.file.valid();
  for (const auto& [p, range] : o.field_ranges) written |= p == path;
  const ir::Object* service = targetService(program, o, side);
  if (written || !service) return protocol.kind == ir::Value::Kind::Enum ? protocol.text : "https";
  return field(*service, "certificate").kind != ir::Value::Kind::Null ? "https" : "http";
}

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
