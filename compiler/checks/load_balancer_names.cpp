// CHK-N2 for the names limited to 32 characters: a service's Application
// Load Balancer (kind label "alb") and its target groups ("blue-tg",
// "green-tg"), by the rules of resource_names.json. The name is the naming
// pattern expanded as the backends do; a param in it is unknown until
// deploy time and counts as empty (an enum param at its longest value), so
// the check only fails names that are too long whatever the param's value.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"
#include "checks/naming.h"

namespace migc::checks {
namespace {

size_t knownLength(const std::vector<NamePart>& parts) {
  size_t n = 0;
  for (const NamePart& p : parts) n += p.param ? std::max(p.max_length, 0) : p.text.size();
  return n;
}

class LoadBalancerNamesCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-N2"; }

  void run(const CheckContext& ctx) const override {
    const NameRule* target_group = nameRule(ctx.data(), "AWS::ElasticLoadBalancingV2::TargetGroup", "Name");
    const NameRule* balancer = nameRule(ctx.data(), "AWS::ElasticLoadBalancingV2::LoadBalancer", "Name");
    if (!target_group || !balancer) return;
    for (const ir::Object* service : ctx.objectsOf("service")) {
      // Longest label first: one finding per service, the fix is the same.
      for (auto [label, what, rule] : {std::tuple{"green-tg", "green target group", target_group},
                                       std::tuple{"blue-tg", "blue target group", target_group},
                                       std::tuple{"alb", "load balancer", balancer}}) {
        std::vector<NamePart> parts = expandNaming(ctx.program(), *service, label);
        if (!checkNameWorstCase(*rule, parts)) continue;
        std::string name = shownName(parts);
        size_t known = knownLength(parts);
        if (rule->max_length > 0 && known > size_t(rule->max_length))
          ctx.report(DiagKind::LoadBalancerNameTooLong, service->name_range, what, name, service->name, known)
              .help(fmt::format("the name comes from the naming pattern \"{}\"{}; shorten the service's name or the pattern",
                                ctx.program().naming, name.size() > known ? " (a param, shown as …, is not counted)" : ""));
        else
          ctx.report(DiagKind::InvalidResourceName, service->name_range, rule->what, name,
                     checkNameWorstCase(*rule, parts)->reason)
              .help(fmt::format("the name comes from the naming pattern \"{}\"", ctx.program().naming));
        break;
      }
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeLoadBalancerNamesCheck() { return std::make_unique<LoadBalancerNamesCheck>(); }

}  // namespace migc::checks
