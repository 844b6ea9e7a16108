// CHK-L5 / CHK-S8: schedule expressions EventBridge and AWS Backup accept.
// cron() has six fields (minutes hours day-of-month month day-of-week year)
// and exactly one of day-of-month / day-of-week is '?'; a rule's `every`
// becomes rate(N minutes|hours|days), so it must be whole minutes.
#include <fmt/format.h>

#include <cmath>
#include <sstream>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

// Why `expr` is not a valid cron(...) expression, or "" when it is.
std::string cronProblem(std::string_view expr) {
  if (expr.substr(0, 5) != "cron(" || expr.empty() || expr.back() != ')')
    return "write it as cron(minutes hours day-of-month month day-of-week year)";
  std::istringstream in(std::string(expr.substr(5, expr.size() - 6)));
  std::vector<std::string> f;
  for (std::string w; in >> w;) f.push_back(w);
  if (f.size() != 6) return fmt::format("{} fields; cron() takes six (minutes hours day-of-month month day-of-week year)", f.size());
  static const char* const kAllowed[6] = {"0123456789,-*/", "0123456789,-*/", "0123456789,-*/?LW",
                                          "0123456789,-*/ABCDEFGJLMNOPRSTUVY", "0123456789,-*/?L#ADEFHIMNORSTUW",
                                          "0123456789,-*/"};
  static const char* const kNames[6] = {"minutes", "hours", "day-of-month", "month", "day-of-week", "year"};
  static const int kMax[2] = {59, 23};
  for (int i = 0; i < 6; ++i) {
    for (char c : f[i])
      if (!std::strchr(kAllowed[i], std::toupper(static_cast<unsigned char>(c))))
        return fmt::format("'{}' is not allowed in the {} field", c, kNames[i]);
    if (i < 2 && f[i].find_first_not_of("0123456789") == std::string::npos && std::stoi(f[i]) > kMax[i])
      return fmt::format("{} is out of range for {} (0-{})", f[i], kNames[i], kMax[i]);
  }
  if ((f[2] == "?") == (f[4] == "?")) return "exactly one of day-of-month and day-of-week must be '?'";
  return {};
}

class ScheduleExpressionCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-L5"; }

  void run(const CheckContext& ctx) const override {
    auto checkCron = [&](const ir::Object& o, std::string_view field) {
      const std::string* expr = constText(o.field(field));
      if (!expr) return;
      if (std::string why = cronProblem(*expr); !why.empty())
        ctx.report(DiagKind::InvalidScheduleExpression, ctx.where(o, field), *expr, why)
            .help("e.g. \"cron(0 5 ? * * *)\" runs daily at 05:00 UTC");
    };
    for (const ir::Object* rule : ctx.objectsOf("rule")) {
      checkCron(*rule, "cron");
      auto every = constQuantity(rule->field("every"), ir::Dimension::Duration);
      if (every && (*every < 60 || std::fmod(*every, 60) != 0))
        ctx.report(DiagKind::InvalidScheduleExpression, ctx.where(*rule, "every"), formatDuration(*every),
                   "EventBridge rates are whole minutes, at least 1m");
    }
    for (const ir::Object* backup : ctx.objectsOf("backup")) checkCron(*backup, "schedule");
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeScheduleExpressionCheck() { return std::make_unique<ScheduleExpressionCheck>(); }

}  // namespace migc::checks
