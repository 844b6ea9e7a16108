// CHK-R2 (and CHK-M3 for gates): what Route 53 health checks and phase gates
// need. Health checks probe every 10s or 30s, from the internet: a TCP check
// needs a port and takes no path, and a private endpoint (a cluster's) is
// never reachable. A gate compares one metric with one threshold.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

using Kind = ir::Value::Kind;

class CutoverHealthCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-R2"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* o : ctx.objectsOf("cutover")) {
      for (const char* side : {"blue", "green"}) checkHealth(ctx, *o, side);
      const ir::Value* phases = o->field("phase");
      for (const ir::Value& ph : phases ? phases->items : std::vector<ir::Value>{}) {
        const ir::Value* gates = ph.get("gate");
        for (const ir::Value& g : gates ? gates->items : std::vector<ir::Value>{}) checkGate(ctx, *o, g);
      }
    }
  }

 private:
  static void checkHealth(const CheckContext& ctx, const ir::Object& o, const std::string& side) {
    const ir::Value* health = o.field(side + ".health");
    if (!health || health->kind != Kind::Map) return;
    const std::string* protocol = constText(health->get("protocol"));
    const ir::Value* port = health->get("port");
    const ir::Value* path = health->get("path");
    if (protocol && *protocol == "tcp" && (!port || port->kind == Kind::Null))
      ctx.report(DiagKind::InvalidCutoverCheck, ctx.where(o, side + ".health"), "a tcp health check needs a `port`")
          .help("add `port = 5432` (the port clients connect to)");
    if (protocol && *protocol == "tcp" && path && path->kind != Kind::Null)
      ctx.report(DiagKind::InvalidCutoverCheck, ctx.where(o, side + ".health.path"),
                 "a tcp health check takes no `path` (only http and https do)");
    if (auto interval = constQuantity(health->get("interval"), ir::Dimension::Duration);
        interval && *interval != 10 && *interval != 30)
      ctx.report(DiagKind::InvalidCutoverCheck, ctx.where(o, side + ".health.interval"),
                 fmt::format("Route 53 probes every 10s or 30s, not every {}", formatDuration(*interval)))
          .fix(ctx.where(o, side + ".health.interval"), *interval < 20 ? "10s" : "30s");
    const ir::Value* target = o.field(side + ".target");
    if (target && target->kind == Kind::Attr && target->object < ctx.program().objects.size() &&
        ctx.program().objects[target->object].kind == "service" && protocol && isWritten(o, side + ".health.protocol"))
      checkServiceProbe(ctx, o, side, ctx.program().objects[target->object], *protocol);
    if (target && target->kind == Kind::Attr && target->object < ctx.program().objects.size() &&
        ctx.program().objects[target->object].kind == "cluster")
      ctx.report(DiagKind::PrivateHealthCheckTarget, ctx.where(o, side + ".health"),
                 ctx.program().objects[target->object].name + "." + target->text)
          .note("the target", ctx.where(o, side + ".target"));
  }

  // A probe of a service's load balancer must use the listener that reaches
  // the tasks: HTTPS with a certificate (HTTP only redirects, and Route 53
  // counts the 301 as healthy), HTTP without one (nothing listens on 443).
  static void checkServiceProbe(const CheckContext& ctx, const ir::Object& o, const std::string& side,
                                const ir::Object& service, const std::string& protocol) {
    const ir::Value* certificate = service.field("certificate");
    bool https = certificate && certificate->kind != Kind::Null;
    SourceRange at = ctx.where(o, side + ".health.protocol");
    if (https && protocol == "http")
      ctx.report(DiagKind::CutoverProbeProtocol, at, side, service.name, "http",
                 "its load balancer answers HTTP with a redirect to HTTPS, which Route 53 counts as healthy")
          .fix(at, "https")
          .note("the service's certificate", ctx.where(service, "certificate"));
    else if (!https && protocol == "https")
      ctx.report(DiagKind::CutoverProbeProtocol, at, side, service.name, "https",
                 "it has no certificate: nothing listens on 443, so the check always fails")
          .fix(at, "http")
          .help(fmt::format("give service {} a `certificate` to serve HTTPS, or probe over http", service.name));
  }

  static void checkGate(const CheckContext& ctx, const ir::Object& o, const ir::Value& gate) {
    const ir::Value* watch = gate.get("watch");
    const ir::Value* below = gate.get("below");
    const ir::Value* above = gate.get("above");
    SourceRange where = watch && watch->range.file.valid() ? watch->range : ctx.where(o, "phase.gate");
    bool has_below = below && below->kind != Kind::Null;
    bool has_above = above && above->kind != Kind::Null;
    if (has_below == has_above) {
      ctx.report(DiagKind::InvalidCutoverCheck, where,
                 has_below ? "a gate takes one of `below` and `above`, not both" : "a gate needs a threshold")
          .help("write `below = ...` (e.g. 60s for a lag) or `above = ...`, in the metric's unit");
      return;
    }
    const ir::Value& threshold = has_below ? *below : *above;
    if (!watch || watch->kind != Kind::Attr || watch->object >= ctx.program().objects.size()) return;
    const ir::Object& watched = ctx.program().objects[watch->object];
    const ir::Value* facts = nullptr;
    // The watched metric's unit, from an alarm on the same metric if sema recorded one.
    for (const ir::Object& a : ctx.program().objects) {
      const ir::Value* w = a.field("watch");
      if (a.kind == "alarm" && w && w->kind == Kind::Attr && w->object == watch->object && w->text == watch->text)
        facts = a.facts.get("watch");
    }
    std::string unit = facts && facts->get("unit") ? facts->get("unit")->text : "";
    bool time = unit == "Seconds" || unit == "Milliseconds";
    bool plain_number = threshold.kind == Kind::Int || threshold.kind == Kind::Number;
    if (time && (plain_number || (threshold.kind == Kind::Quantity && threshold.dimension != ir::Dimension::Duration)))
      ctx.report(DiagKind::InvalidCutoverCheck, threshold.range.file.valid() ? threshold.range : where,
                 fmt::format("{}.{} is measured in {}: write the threshold as a duration", watched.name, watch->text, unit))
          .help("e.g. `below = 60s`");
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeCutoverHealthCheck() { return std::make_unique<CutoverHealthCheck>(); }

}  // namespace migc::checks
