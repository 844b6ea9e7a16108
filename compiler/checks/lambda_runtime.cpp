// CHK-L1: a function's runtime exists, and is neither create-blocked (the
// deployment fails, cfn-lint E2531) nor deprecated (W2531), per cfn-lint's
// lifecycle data in lambda_runtimes.json. Dates are judged as of the table's
// retrieval date, not the clock, so a build gives the same diagnostics
// every day; refreshing the table moves that date.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

class LambdaRuntimeCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-L1"; }

  void run(const CheckContext& ctx) const override {
    const auto& runtimes = ctx.data().lambda_runtimes;
    const std::string& today = ctx.data().lambda_runtimes_date;
    if (runtimes.empty()) return;
    for (const ir::Object* fn : ctx.objectsOf("function")) {
      const std::string* runtime = constText(fn->field("runtime"));
      if (!runtime) continue;
      SourceRange where = ctx.where(*fn, "runtime");
      auto it = runtimes.find(*runtime);
      if (it == runtimes.end()) {
        std::string guess = closest(*runtime, keysOf(runtimes));
        auto d = ctx.report(DiagKind::UnknownLambdaRuntime, where, *runtime);
        if (!guess.empty()) d.fix(where, stringLiteral(guess)).help(fmt::format("did you mean \"{}\"?", guess));
        continue;
      }
      const LambdaRuntimeInfo& info = it->second;
      auto successor = [&](DiagBuilder& d) {
        if (!info.successor.empty())
          d.fix(where, stringLiteral(info.successor)).help(fmt::format("its successor is \"{}\"", info.successor));
      };
      if (!info.create_blocked.empty() && info.create_blocked <= today) {
        auto d = ctx.report(DiagKind::BlockedLambdaRuntime, where, *runtime, info.create_blocked);
        successor(d);
      } else if (!info.deprecated.empty() && info.deprecated <= today) {
        auto d = ctx.report(DiagKind::DeprecatedLambdaRuntime, where, *runtime, info.deprecated);
        if (!info.create_blocked.empty()) d.note(fmt::format("creating functions with it is blocked from {}", info.create_blocked));
        successor(d);
      }
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeLambdaRuntimeCheck() { return std::make_unique<LambdaRuntimeCheck>(); }

}  // namespace migc::checks
