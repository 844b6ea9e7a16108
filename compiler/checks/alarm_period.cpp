// CHK-M1: CloudWatch accepts alarm periods of 10s, 30s or multiples of 60s
// (enums.json, cfn-lint E3615), and `for` becomes EvaluationPeriods =
// for / period, so it must be a whole number (at least one) of periods. The
// API also caps period x evaluation periods at one day for periods under an
// hour and at seven days otherwise; the alarm schema caps `for` at one day
// today, so those two only guard a future schema.
#include <fmt/format.h>

#include <cmath>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

constexpr double kHour = 3600, kDay = 86400;

// The valid period nearest to `seconds`.
double nearestPeriod(const AlarmPeriodRule& rule, double seconds) {
  double best = rule.multiple_of * std::max(1.0, std::round(seconds / rule.multiple_of));
  for (int v : rule.values)
    if (std::fabs(v - seconds) < std::fabs(best - seconds)) best = v;
  return best;
}

class AlarmPeriodCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-M1"; }

  void run(const CheckContext& ctx) const override {
    const AlarmPeriodRule& rule = ctx.data().alarm_period;
    for (const ir::Object* alarm : ctx.objectsOf("alarm")) {
      auto period = constQuantity(alarm->field("period"), ir::Dimension::Duration);
      auto hold = constQuantity(alarm->field("for"), ir::Dimension::Duration);
      if (!period) continue;
      if (!rule.allows(*period)) {
        SourceRange where = ctx.where(*alarm, "period");
        std::string nearest = formatDuration(nearestPeriod(rule, *period));
        ctx.report(DiagKind::InvalidAlarmPeriod, where, formatDuration(*period))
            .fix(where, nearest)
            .help(fmt::format("the nearest valid period is {}", nearest));
        continue;
      }
      if (!hold) continue;
      SourceRange where = ctx.where(*alarm, "for");
      std::string p = formatDuration(*period), f = formatDuration(*hold);
      auto report = [&](std::string message) {
        auto d = ctx.report(DiagKind::InvalidAlarmDuration, where, message);
        if (isWritten(*alarm, "period")) d.note(fmt::format("the period is {}", p), ctx.where(*alarm, "period"));
        else d.note(fmt::format("the period defaults to {}", p));
        return d;
      };
      if (*hold < *period) {
        report(fmt::format("`for` ({}) is shorter than the period ({})", f, p)).fix(where, p);
      } else if (std::fmod(*hold, *period) != 0) {
        std::string rounded = formatDuration(std::round(*hold / *period) * *period);
        report(fmt::format("`for` ({}) is not a multiple of the period ({})", f, p))
            .fix(where, rounded)
            .help(fmt::format("`for` counts whole periods, e.g. {}", rounded));
      } else if (*hold > (*period < kHour ? kDay : 7 * kDay)) {
        report(fmt::format("`for` ({}) spans more than {} of {} periods", f, *period < kHour ? "1 day" : "7 days", p));
      }
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeAlarmPeriodCheck() { return std::make_unique<AlarmPeriodCheck>(); }

}  // namespace migc::checks
