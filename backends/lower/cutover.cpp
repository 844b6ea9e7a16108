// Blue/green DNS cutover: an optional hosted zone, a health check per side
// that asks for one, and two weighted CNAME records whose weights come from
// the phase table (a map lookup on the phase variable: locals in Terraform,
// Mappings in CloudFormation, std:lookup in Pulumi YAML).
#include "lower/cutover.h"

#include "lower/common.h"
#include "lower/registry.h"

namespace migc::lower {
namespace {

using Side = fields::Cutover::Blue;  // blue and green have the same schema

// The service whose load balancer a side points at (`target = api.dns_name`), or null.
const ir::Object* targetService(const ir::Program& program, const ir::typed::Text& target) {
  const ir::Value& v = target.value();
  if (v.kind != ir::Value::Kind::Attr || v.object >= program.objects.size()) return nullptr;
  const ir::Object& service = program.objects[v.object];
  return service.kind == "service" ? &service : nullptr;
}

Side sideOf(const ir::Object& o, const std::string& side) {
  fields::Cutover c(o);
  if (side == "blue") return c.blue();
  fields::Cutover::Green green = c.green();
  return Side(o, green.blockValue(), green.prefix());
}

void healthCheck(Context& ctx, const ir::Object& o, const std::string& side, const Side& s, const PValue& target) {
  if (!s.health().present()) return;
  std::string protocol = probeProtocol(ctx.program(), o, side);
  const ir::Object* service = targetService(ctx.program(), s.target());
  PValue port = s.health().port().present() ? ctx.value(s.health().port())
                : protocol != "http"        ? PValue::i(443)
                : service                   ? ctx.value(fields::Service(*service).listener_port())
                                            : PValue::i(80);
  model::Resource& hc = ctx.add("aws_route53_health_check", Context::id(o, side + "_health"), o);
  hc.properties = {{"fqdn", target},
                   {"port", port},
                   {"type", PValue::s(protocol == "http" ? "HTTP" : protocol == "tcp" ? "TCP" : "HTTPS")}};
  if (protocol != "tcp")
    hc.properties.emplace_back("resource_path", s.health().path().present() ? ctx.value(s.health().path()) : PValue::s("/"));
  hc.properties.emplace_back("request_interval", PValue::i(s.health().interval().wholeSeconds()));
  hc.properties.emplace_back("failure_threshold", ctx.value(s.health().failure_threshold()));
  hc.properties.emplace_back("tags", ctx.tags());
}

void record(Context& ctx, const ir::Object& o, const std::string& side, const PValue& zone_id, const PValue& fqdn,
            const std::string& table) {
  Side s = sideOf(o, side);
  PValue target = ctx.value(s.target());
  healthCheck(ctx, o, side, s, target);
  model::Resource& r = ctx.add("aws_route53_record", Context::id(o, side), o);
  r.properties = {{"zone_id", zone_id},
                  {"name", fqdn},
                  {"type", PValue::s("CNAME")},
                  {"ttl", PValue::i(fields::Cutover(o).ttl().wholeSeconds())},
                  {"records", PValue::list({target})},
                  {"set_identifier", ctx.value(s.id())}};
  if (s.health().present()) r.properties.emplace_back("health_check_id", PValue::refTo(Context::id(o, side + "_health"), "id"));
  // One weighted_routing_policy block (max_items = 1); Pulumi's is a list.
  r.properties.emplace_back("weighted_routing_policy", PValue::block({{"weight", PValue::lookup(table, side)}}));
}

// The phase -> {blue, green} weight table the phase param selects a row of.
std::string weightTable(Context& ctx, const ir::Object& o) {
  fields::Cutover c(o);
  model::Table t;
  t.name = Context::id(o, "weights");
  t.param = c.param().value().text;
  for (const fields::Cutover::Phase& phase : c.phase().items())
    t.rows.push_back({phase.name().literal().value_or(""),
                      {{"blue", PValue::i(phase.blue().constant())}, {"green", PValue::i(phase.green().constant())}}});
  ctx.stack().tables.push_back(std::move(t));
  return ctx.stack().tables.back().name;
}

PValue fqdnOf(Context& ctx, const ir::Object& o) {
  fields::Cutover c(o);
  if (!c.zone().present()) return ctx.value(c.record());
  return Context::text({ctx.value(c.record()), PValue::s("."), ctx.value(c.zone())});
}

}  // namespace

std::string probeProtocol(const ir::Program& program, const ir::Object& o, const std::string& side) {
  Side s = sideOf(o, side);
  const ir::typed::Word& protocol = s.health().protocol();
  bool written = false;
  for (const auto& [p, range] : o.field_ranges) written |= p == side + ".health.protocol";
  const ir::Object* service = targetService(program, s.target());
  if (written || !service) return protocol.present() ? protocol.word() : "https";
  return fields::Service(*service).certificate().present() ? "https" : "http";
}

template <>
KindLowering lowering<kind::cutover>() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    fields::Cutover c(o);
    std::string table = weightTable(ctx, o);
    PValue zone_id;
    if (c.zone().present()) {
      ctx.add("aws_route53_zone", Context::id(o, "zone"), o).properties = {
          {"name", ctx.value(c.zone())},
          {"comment", PValue::s("Blue/green cutover " + o.name + " (migc)")},
          // Destroyable even when records were added out of band.
          {"force_destroy", PValue::b(true)},
          {"tags", ctx.tags()}};
      zone_id = PValue::refTo(Context::id(o, "zone"), "zone_id");
    } else {
      zone_id = ctx.value(c.zone_id());
    }
    PValue fqdn = fqdnOf(ctx, o);
    record(ctx, o, "blue", zone_id, fqdn, table);
    record(ctx, o, "green", zone_id, fqdn, table);
  };
  k.attribute = [](Context& ctx, const ir::Object& o, std::string_view attr) {
    fields::Cutover c(o);
    bool created = c.zone().present();
    std::string zone = Context::id(o, "zone");
    if (attr == "fqdn") return fqdnOf(ctx, o);
    if (attr == "name_servers")
      return PValue::perTarget(
          Targets::CloudFormation, "CloudFormation outputs are strings: the name servers are joined with commas",
          created ? PValue::object({{"Fn::Join", PValue::list({PValue::s(","), PValue::refTo(zone, "name_servers")})}})
                  : PValue::s(""),
          created ? PValue::refTo(zone, "name_servers") : PValue::list({}));
    PValue zone_id = created ? PValue::refTo(zone, "zone_id") : ctx.value(c.zone_id());
    // A hosted zone's ARN names neither a region nor an account.
    PValue spelt = PValue::concat({PValue::s(arnPrefix(ctx) + "route53:::hostedzone/"), zone_id});
    if (attr == "arn")
      return created ? PValue::perTarget(Targets::CloudFormation, "CloudFormation's hosted zone has no Arn attribute",
                                         std::move(spelt), PValue::refTo(zone, "arn"))
                     : spelt;
    return zone_id;
  };
  return k;
}

}  // namespace migc::lower
