#include "cfn_untaggable.h"

#include <fmt/format.h>

#include <string_view>

#include "cloudformation/printer.h"

namespace migc {
namespace {

struct Untaggable {
  std::string_view type;
  std::string_view what;    // plural, for the message
  std::string_view reason;
};

// Only types migc emits; each is tagged in the Terraform/Pulumi lowering.
constexpr Untaggable kUntaggable[] = {
    {"AWS::ElasticLoadBalancingV2::Listener", "load balancer listeners",
     "AWS::ElasticLoadBalancingV2::Listener has no Tags property"},
    {"AWS::ApplicationAutoScaling::ScalableTarget", "autoscaling targets",
     "AWS::ApplicationAutoScaling::ScalableTarget has no Tags property"},
};

}  // namespace

void reportUntaggable(const model::Stack& stack, const ir::Program& program, DiagnosticSink& diags) {
  if (program.tags.entries.empty()) return;
  for (const Untaggable& u : kUntaggable) {
    std::string ids;
    size_t n = 0;
    for (const model::Resource& r : stack.resources) {
      if (r.type != u.type) continue;
      if (++n <= 3) ids += (ids.empty() ? "" : ", ") + cloudformation::pascalName(r.id);
    }
    if (n == 0) continue;
    if (n > 3) ids += fmt::format(" and {} more", n - 3);
    diags.report(DiagKind::CloudFormationUntaggable, program.migration_range, fmt::format("{} {}", n, u.what), ids,
                 u.reason);
  }
}

}  // namespace migc
