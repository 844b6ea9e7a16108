// CHK-N2 for the names limited to 32 characters: a service's Application
// Load Balancer (kind label "alb") and its target groups ("blue-tg",
// "green-tg"). The name is the naming pattern expanded as the backends do;
// a param in it is unknown until deploy time and counts as empty, so the
// check only fails names that are too long whatever the param's value.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

// The constant characters of the expanded name; "…" marks each param.
std::pair<std::string, size_t> expand(std::string_view pattern, const ir::Object& o, std::string_view kind_label) {
  std::string shown;
  size_t known = 0;
  for (size_t i = 0; i < pattern.size(); ++i) {
    size_t close = pattern[i] == '{' ? pattern.find('}', i) : std::string_view::npos;
    if (close == std::string_view::npos) {
      shown.push_back(pattern[i]);
      ++known;
      continue;
    }
    std::string_view key = pattern.substr(i + 1, close - i - 1);
    i = close;
    std::string piece;
    if (key == "name")
      for (char c : o.name) piece.push_back(c == '_' ? '-' : c);
    else if (key == "kind")
      piece = kind_label;
    else {
      shown += "\xE2\x80\xA6";
      continue;
    }
    shown += piece;
    known += piece.size();
  }
  return {shown, known};
}

class LoadBalancerNamesCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-N2"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* service : ctx.objectsOf("service")) {
      // Longest label first: one finding per service, the fix is the same.
      for (auto [label, what] : {std::pair{"green-tg", "green target group"}, std::pair{"blue-tg", "blue target group"},
                                 std::pair{"alb", "load balancer"}}) {
        auto [name, known] = expand(ctx.program().naming, *service, label);
        if (known <= 32) continue;
        ctx.report(DiagKind::LoadBalancerNameTooLong, service->name_range, what, name, service->name, known)
            .help(fmt::format("the name comes from the naming pattern \"{}\"{}; shorten the service's name or the pattern",
                              ctx.program().naming, name.size() > known ? " (a param, shown as …, is not counted)" : ""));
        break;
      }
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeLoadBalancerNamesCheck() { return std::make_unique<LoadBalancerNamesCheck>(); }

}  // namespace migc::checks
