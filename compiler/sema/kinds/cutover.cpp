#include "sema/kinds/kind_helpers.h"

namespace migc::sema {
using namespace kinds;

namespace {

// A Route 53 health check on one side of the cutover (seed 004).
const KindSchema& healthSchema() {
  static const KindSchema schema = [] {
    KindSchema b{"health", "A Route 53 health check on the target; the record stops answering while it fails.", {}, {}};
    b.field("protocol", types::oneOf({"http", "https", "tcp"}),
            "How Route 53 probes the target; unless written, a service's load balancer is probed the way it listens "
            "(https with a certificate, else http).")
        .default_value = enumValue("https");
    FieldSchema& port = b.field(
        "port", types::integer(),
        "The port probed (default: 443 for https, 80 or a service's listener_port for http; required for tcp).");
    port.min = 1;
    port.max = 65535;
    b.field("path", types::string(), "The HTTP(S) path probed, e.g. \"/health\" (http and https only).");
    FieldSchema& interval = b.field("interval", types::duration(), "Seconds between probes: 10s or 30s.");
    interval.default_value = ir::Value::ofQuantity(30, ir::Dimension::Duration);
    FieldSchema& failures = b.field("failure_threshold", types::integer(), "Consecutive failures before the target is unhealthy.");
    failures.default_value = ir::Value::ofInt(3);
    failures.min = 1;
    failures.max = 10;
    return b;
  }();
  return schema;
}

KindSchema sideSchema(std::string name, std::string doc, std::string id) {
  KindSchema b{std::move(name), std::move(doc), {}, {}};
  required(b.field("target", types::string(), "The host name this side's record points at (a CNAME value)."));
  b.field("id", types::string(), "The record's set identifier, unique in the weighted set.").default_value = str(std::move(id));
  b.field("health", types::block(healthSchema()), "A health check attached to this side's record.");
  return b;
}

// A condition on a metric that must hold before the phase is entered.
const KindSchema& gateSchema() {
  static const KindSchema schema = [] {
    KindSchema b{"gate", "A metric condition checked before entering the phase (written to the runbook).", {}, {}};
    TypeSpec metric;
    metric.tag = TypeSpec::Tag::Metric;
    required(b.field("watch", metric, "The metric, e.g. replicate.target_lag."));
    b.field("below", types::any(), "The metric must be below this value (in the metric's unit).");
    b.field("above", types::any(), "The metric must be above this value.");
    return b;
  }();
  return schema;
}

const KindSchema& phaseSchema() {
  static const KindSchema schema = [] {
    KindSchema b{"phase", "A named traffic split; the cutover's param chooses the current one.", {}, {}};
    constant(required(b.field("name", types::string(), "The phase's name: one of the values of the cutover's param.")));
    FieldSchema& blue = constant(b.field("blue", types::integer(), "Route 53 weight of the blue (current) side, 0 to 255."));
    required(blue);
    blue.min = 0;
    blue.max = 255;
    FieldSchema& green = constant(b.field("green", types::integer(), "Route 53 weight of the green (new) side, 0 to 255."));
    required(green);
    green.min = 0;
    green.max = 255;
    b.field("rollback", types::boolean(), "This phase returns traffic to blue when something goes wrong.")
        .default_value = ir::Value::ofBool(false);
    b.field("gate", types::block(gateSchema(), true), "A metric condition to check before entering the phase; repeatable.");
    b.field("alarms", types::listOf(types::ref("alarm")), "Alarms that must be OK before entering the phase.")
        .default_value = emptyList();
    return b;
  }();
  return schema;
}

}  // namespace

const KindSchema& cutoverSchema() {
  static const KindSchema schema = [] {
    static const KindSchema blue =
        sideSchema("blue", "The current side (e.g. the on-premises database host).", "blue");
    static const KindSchema green = sideSchema("green", "The new side (e.g. aurora.endpoint).", "green");
    KindSchema s{"cutover",
                 "Blue/green DNS cutover: a pair of Route 53 weighted records whose weights follow named phases, "
                 "chosen by a param at deploy time.",
                 {},
                 {}};
    s.field("zone", types::string(), "A public hosted zone to create under a domain you control, e.g. \"migration-${suffix}.db.acme-logistics.net\" (delegate it to `name_servers`).");
    s.field("zone_id", types::string(), "An existing hosted zone's id (instead of `zone`); `record` is then the full name.");
    s.field("record", types::string(), "The record name inside the zone (with `zone_id`: the full name).")
        .default_value = str("db");
    s.field("type", types::oneOf({"cname"}), "The record type (CNAME records to host names).")
        .default_value = enumValue("cname");
    FieldSchema& ttl = s.field("ttl", types::duration(), "How long resolvers cache an answer; a cutover takes at least this long.");
    ttl.default_value = ir::Value::ofQuantity(60, ir::Dimension::Duration);
    ttl.min = 0;
    ttl.max = 172800;
    required(s.field("param", types::any(), "The enum param whose value is the current phase, e.g. `param = phase`."));
    required(s.field("blue", types::block(blue), "The side traffic starts on."));
    required(s.field("green", types::block(green), "The side traffic moves to."));
    required(s.field("phase", types::block(phaseSchema(), true), "A phase: its name, weights and gates; repeat in order."));
    s.attribute("zone_id", types::string(), "The hosted zone id.");
    s.attribute("fqdn", types::string(), "The record's full name, which clients connect to.");
    s.attribute("arn", types::string(), "The hosted zone ARN (what a function's `allow` grants Route 53 actions on).");
    s.attribute("name_servers", types::listOf(types::string()), "The name servers of a created zone (to delegate to).");
    return s;
  }();
  return schema;
}

}  // namespace migc::sema
