// CHK-A4: Aurora Serverless v2 capacity is set in 0.5 ACU steps, with the
// minimum not above the maximum and the maximum at most 256 ACUs. The
// schema bounds each number alone; the step and the pair are checked here.
#include <fmt/format.h>

#include <cmath>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

constexpr double kMaxAcu = 256;

class ServerlessCapacityCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-A4"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* cluster : ctx.objectsOf("cluster")) {
      if (!cluster->field("serverless")) continue;
      auto min = constNumber(cluster->field("serverless.min_capacity"));
      auto max = constNumber(cluster->field("serverless.max_capacity"));
      bool ok = step(ctx, *cluster, "min_capacity", min);
      ok &= step(ctx, *cluster, "max_capacity", max);
      if (max && *max > kMaxAcu) {
        ctx.report(DiagKind::InvalidServerlessCapacity, ctx.where(*cluster, "serverless.max_capacity"),
                   fmt::format("max_capacity {} is above {} ACUs", formatNumber(*max), formatNumber(kMaxAcu)));
        ok = false;
      }
      if (ok && min && max && *min > *max)
        ctx.report(DiagKind::InvalidServerlessCapacity, ctx.where(*cluster, "serverless.min_capacity"),
                   fmt::format("min_capacity {} is above max_capacity {}", formatNumber(*min), formatNumber(*max)))
            .note(isWritten(*cluster, "serverless.max_capacity")
                      ? std::string("max_capacity is set here")
                      : fmt::format("max_capacity defaults to {}", formatNumber(*max)),
                  ctx.where(*cluster, "serverless.max_capacity"));
    }
  }

 private:
  static bool step(const CheckContext& ctx, const ir::Object& cluster, const char* field, std::optional<double> v) {
    if (!v || std::fmod(*v * 2, 1) == 0) return true;
    std::string path = std::string("serverless.") + field;
    SourceRange where = ctx.where(cluster, path);
    double rounded = std::round(*v * 2) / 2;
    ctx.report(DiagKind::InvalidServerlessCapacity, where,
               fmt::format("{} {} is not a multiple of 0.5", field, formatNumber(*v)))
        .fix(where, formatNumber(rounded))
        .help(fmt::format("the nearest step is {}", formatNumber(rounded)));
    return false;
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeServerlessCapacityCheck() { return std::make_unique<ServerlessCapacityCheck>(); }

}  // namespace migc::checks
