// CHK-C4: autoscaling keeps a service's task count between min_count and
// max_count, so the count it starts with must lie in that range too
// (Application Auto Scaling rejects min above max; a desired count outside
// the range is silently moved on the first scaling activity).
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

class ServiceCountsCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-C4"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* service : ctx.objectsOf("service")) {
      auto desired = constNumber(service->field("desired_count"));
      auto min = constNumber(service->field("min_count"));
      auto max = constNumber(service->field("max_count"));
      if (min && max && *min > *max) {
        ctx.report(DiagKind::ServiceCountOrder, ctx.where(*service, "min_count"),
                   fmt::format("min_count {} is above max_count {}", formatNumber(*min), formatNumber(*max)))
            .note(written(*service, "max_count", *max), ctx.where(*service, "max_count"));
        continue;
      }
      if (desired && min && *desired < *min)
        ctx.report(DiagKind::ServiceCountOrder, ctx.where(*service, "desired_count"),
                   fmt::format("desired_count {} is below min_count {}", formatNumber(*desired), formatNumber(*min)))
            .note(written(*service, "min_count", *min), ctx.where(*service, "min_count"));
      else if (desired && max && *desired > *max)
        ctx.report(DiagKind::ServiceCountOrder, ctx.where(*service, "desired_count"),
                   fmt::format("desired_count {} is above max_count {}", formatNumber(*desired), formatNumber(*max)))
            .note(written(*service, "max_count", *max), ctx.where(*service, "max_count"));
    }
  }

 private:
  static std::string written(const ir::Object& service, const char* field, double value) {
    return isWritten(service, field) ? fmt::format("{} is set here", field)
                                     : fmt::format("{} defaults to {}", field, formatNumber(value));
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeServiceCountsCheck() { return std::make_unique<ServiceCountsCheck>(); }

}  // namespace migc::checks
