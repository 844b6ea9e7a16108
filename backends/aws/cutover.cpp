// Blue/green DNS cutover in the Terraform / Pulumi-AWS shape: an optional
// hosted zone, a health check per side that asks for one, and two weighted
// CNAME records whose weights come from the phase table (a map lookup on
// the phase variable; std:lookup in Pulumi YAML).
#include "aws/kinds.h"
#include "lowering/cutover.h"

namespace migc::aws {
namespace {

void addSide(Context& ctx, const ir::Object& o, const lowering::CutoverFacts& f, const lowering::SideFacts& s,
             const PValue& zone_id) {
  std::string check_id = Context::id(o, s.side + "_health");
  if (s.health) {
    model::Resource& hc = ctx.add("aws_route53_health_check", check_id, o);
    hc.properties = {{"fqdn", s.target}, {"port", PValue::i(s.health->port)}, {"type", PValue::s(s.health->type)}};
    if (!s.health->path.empty()) hc.properties.emplace_back("resource_path", PValue::s(s.health->path));
    hc.properties.emplace_back("request_interval", PValue::i(s.health->interval));
    hc.properties.emplace_back("failure_threshold", PValue::i(s.health->failure_threshold));
    hc.properties.emplace_back("tags", ctx.tags());
  }
  model::Resource& record = ctx.add("aws_route53_record", Context::id(o, s.side), o);
  record.properties = {{"zone_id", zone_id},
                       {"name", f.fqdn},
                       {"type", PValue::s("CNAME")},
                       {"ttl", PValue::i(f.ttl)},
                       {"records", PValue::list({s.target})},
                       {"set_identifier", PValue::s(s.set_identifier)}};
  if (s.health) record.properties.emplace_back("health_check_id", PValue::refTo(check_id, "id"));
  // One weighted_routing_policy block (max_items = 1); Pulumi's is a list.
  record.properties.emplace_back("weighted_routing_policy",
                                 PValue::block({{"weight", PValue::lookup(f.table, s.side)}}));
}

}  // namespace

KindLowering cutoverKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    lowering::CutoverFacts f = lowering::cutoverFacts(ctx, o);
    lowering::weightTable(ctx, o);
    PValue zone_id;
    if (f.creates_zone) {
      model::Resource& zone = ctx.add("aws_route53_zone", Context::id(o, "zone"), o);
      zone.properties = {{"name", ctx.value(lowering::field(o, "zone"))},
                         {"comment", PValue::s("Blue/green cutover " + o.name + " (migc)")},
                         // Destroyable even when records were added out of band.
                         {"force_destroy", PValue::b(true)},
                         {"tags", ctx.tags()}};
      zone_id = PValue::refTo(Context::id(o, "zone"), "zone_id");
    } else {
      zone_id = ctx.value(lowering::field(o, "zone_id"));
    }
    addSide(ctx, o, f, f.blue, zone_id);
    addSide(ctx, o, f, f.green, zone_id);
  };
  k.attribute = [](Context& ctx, const ir::Object& o, std::string_view attr) {
    bool created = lowering::field(o, "zone").kind != ir::Value::Kind::Null;
    if (attr == "fqdn") return lowering::cutoverFacts(ctx, o).fqdn;
    if (attr == "name_servers")
      return created ? PValue::refTo(Context::id(o, "zone"), "name_servers") : PValue::list({});
    if (attr == "arn")
      return created ? PValue::refTo(Context::id(o, "zone"), "arn")
                     : PValue::concat({PValue::s("arn:aws:route53:::hostedzone/"), ctx.value(lowering::field(o, "zone_id"))});
    return created ? PValue::refTo(Context::id(o, "zone"), "zone_id") : ctx.value(lowering::field(o, "zone_id"));
  };
  return k;
}

}  // namespace migc::aws
