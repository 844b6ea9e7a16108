// CHK-A13/X1: a declaration uses networks, keys, secrets and topics of its
// own region. Every object reference (`network = main`, `key = data`,
// `notify = ops`) and an alarm's metric must stay in one region; only `secondary_of`, which joins
// a cluster to a global database, crosses regions on purpose.
#include <fmt/format.h>

#include <functional>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

std::string regionOf(const ir::Program& p, const ir::Object& o) {
  std::string_view r = o.region();
  return r.empty() ? (p.regions.empty() ? std::string() : p.regions.front()) : std::string(r);
}

class CrossRegionCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-X1b"; }

  void run(const CheckContext& ctx) const override {
    const ir::Program& p = ctx.program();
    if (p.regions.size() < 2) return;
    for (const ir::Object& o : p.objects) {
      std::string here = regionOf(p, o);
      std::function<void(const ir::Value&, const std::string&)> walk = [&](const ir::Value& v, const std::string& path) {
        // An alarm watches metrics of its own region only, too.
        bool object_ref = v.kind == ir::Value::Kind::Attr && (v.text.empty() || path == "watch");
        if (object_ref && path != "secondary_of") {
          const ir::Object& target = p.objects[v.object];
          std::string there = regionOf(p, target);
          if (there != here) {
            ctx.report(DiagKind::CrossRegionReference, ctx.where(o, path),
                       fmt::format("{} '{}' is in {}, but its {} '{}' is in {}", o.kind, o.name, here, target.kind,
                                   target.name, there))
                .note(fmt::format("'{}' is declared here", target.name), target.name_range)
                .help(fmt::format("use a {} declared with region = \"{}\"", target.kind, here));
          }
        }
        for (const ir::Value& item : v.items) walk(item, path);
        for (const auto& [k, item] : v.entries) walk(item, path.empty() ? k : path + "." + k);
      };
      walk(o.fields, "");  // schema defaults hold no references, so o.defaults is not walked
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeCrossRegionCheck() { return std::make_unique<CrossRegionCheck>(); }

}  // namespace migc::checks
