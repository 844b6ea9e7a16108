// CHK-C2/C4: target-tracking targets are utilisation percentages above 0
// and at most 100, and the listener's weighted forward needs at least one
// target group with a non-zero weight, or the ALB answers every request
// with 503.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

class ServiceTrafficCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-C2"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* service : ctx.objectsOf("service")) {
      for (const char* metric : {"cpu", "memory"}) {
        std::string path = std::string("scale.") + metric;
        auto target = constQuantity(service->field(path), ir::Dimension::Percent);
        if (!target || (*target > 0 && *target <= 100)) continue;
        ctx.report(DiagKind::InvalidScalingTarget, ctx.where(*service, path),
                   fmt::format("{} target {} is not above 0% and at most 100%", metric,
                               ir::formatQuantity(*target, ir::Dimension::Percent)))
            .help("the target is the average utilisation autoscaling keeps, e.g. 60%");
      }
      auto blue = constNumber(service->field("deployment.blue"));
      auto green = constNumber(service->field("deployment.green"));
      if (blue && green && *blue == 0 && *green == 0)
        ctx.report(DiagKind::NoTrafficWeight, ctx.where(*service, "deployment.green"), service->name)
            .note("blue's weight is set here", ctx.where(*service, "deployment.blue"))
            .help("give the colour that should serve traffic a weight above 0, e.g. blue = 100");
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeServiceTrafficCheck() { return std::make_unique<ServiceTrafficCheck>(); }

}  // namespace migc::checks
