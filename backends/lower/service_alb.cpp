#include <array>

#include "lower/access_logs.h"
#include "lower/common.h"
#include "lower/service.h"

namespace migc::lower {

std::vector<ServiceColour> serviceColours(Context& ctx, const ir::Object& service) {
  fields::Service s(service);
  PValue image = ctx.value(s.image());
  PValue green = s.deployment().green_image().present() ? ctx.value(s.deployment().green_image()) : image;
  return {{"blue", image, s.deployment().blue().constant()}, {"green", green, s.deployment().green().constant()}};
}

ServiceNetwork serviceNetwork(Context& ctx, const ir::Object& service) {
  fields::Service s(service);
  ServiceNetwork n;
  n.port = ctx.value(s.port());
  n.listener_port = ctx.value(s.listener_port());
  n.https = s.certificate().present();
  if (n.https) {
    n.certificate = ctx.value(s.certificate());
    n.ssl_policy = ctx.value(s.ssl_policy());
  }
  return n;
}

int64_t logRetentionDays(const ir::typed::Duration& retention) {
  static constexpr std::array<int64_t, 22> kAccepted = {1,   3,   5,   7,   14,   30,   60,   90,   120,  150,  180,
                                                         365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653};
  int64_t days = retention.days();
  for (int64_t accepted : kAccepted)
    if (accepted >= days) return accepted;
  return kAccepted.back();
}

std::string loadBalancer(Context& ctx, const ir::Object& o, const ir::Object& network, const ServiceNetwork& n,
                         const std::vector<ServiceColour>& colours) {
  fields::Service s(o);
  model::Resource& alb = ctx.add("aws_lb", Context::id(o, "alb"), o);
  alb.properties = {{"name", ctx.name(o, "alb")},
                    {"internal", PValue::b(false)},
                    {"load_balancer_type", PValue::s("application")},
                    {"security_groups", PValue::list({securityGroupRef(o, "alb_sg")})},
                    {"subnets", publicSubnetIds(network)},
                    {"drop_invalid_header_fields", PValue::b(true)},
                    {"enable_deletion_protection", PValue::b(false)}};
  if (const ir::Object* logs = ctx.objectOrNull(s.access_logs())) {
    alb.properties.emplace_back("access_logs", PValue::block({{"bucket", ctx.attribute(*logs, "name")},
                                                              {"prefix", PValue::s(accessLogPrefix(o))},
                                                              {"enabled", PValue::b(true)}}));
    // ELB tests the bucket's permission when logging is turned on.
    alb.depends_on.push_back(Context::id(*logs, "policy"));
  }
  alb.properties.emplace_back("tags", ctx.tags());

  PValue forward = PValue::block({});
  for (const ServiceColour& c : colours) {
    ctx.add("aws_lb_target_group", Context::id(o, c.name), o).properties = {
        {"name", ctx.name(o, c.name + "-tg")},
        {"port", n.port},
        {"protocol", PValue::s("HTTP")},
        {"target_type", PValue::s("ip")},
        {"vpc_id", ctx.attribute(network, "id")},
        {"deregistration_delay", PValue::i(30)},
        {"health_check", PValue::block({{"path", ctx.value(s.health_check())}, {"matcher", PValue::s("200-399")}})},
        {"tags", ctx.tags()}};
    forward.fields.emplace_back("target_group", PValue::block({{"arn", PValue::refTo(Context::id(o, c.name), "arn")},
                                                               {"weight", PValue::i(c.weight)}}));
  }
  PValue forward_action = PValue::block({{"type", PValue::s("forward")}, {"forward", forward}});
  model::Resource& listener = ctx.add("aws_lb_listener", Context::id(o, "listener"), o);
  listener.properties = {{"load_balancer_arn", PValue::refTo(Context::id(o, "alb"), "arn")},
                         {"port", n.listener_port},
                         {"protocol", PValue::s("HTTP")}};
  if (!n.https) {
    listener.properties.emplace_back("default_action", std::move(forward_action));
    listener.properties.emplace_back("tags", ctx.tags());
    return Context::id(o, "listener");
  }
  listener.properties.emplace_back(
      "default_action", PValue::block({{"type", PValue::s("redirect")},
                                       {"redirect", PValue::block({{"port", PValue::s("443")},
                                                                   {"protocol", PValue::s("HTTPS")},
                                                                   {"status_code", PValue::s("HTTP_301")}})}}));
  listener.properties.emplace_back("tags", ctx.tags());
  ctx.add("aws_lb_listener", Context::id(o, "https_listener"), o).properties = {
      {"load_balancer_arn", PValue::refTo(Context::id(o, "alb"), "arn")},
      {"port", PValue::i(443)},
      {"protocol", PValue::s("HTTPS")},
      {"certificate_arn", n.certificate},
      {"ssl_policy", n.ssl_policy},
      {"default_action", std::move(forward_action)},
      {"tags", ctx.tags()}};
  return Context::id(o, "https_listener");
}

}  // namespace migc::lower
