// CHK-O1 at check time: a CloudFormation template holds at most 200
// outputs, and migc never drops one (the keys are the same in every
// target). Each region's template holds the outputs whose value comes from
// that region (the first declaration the value refers to), the others the
// primary's. `migc build` reported this only when writing CloudFormation;
// the decision needs only the program, so `migc check` reports it too
// (unless --target leaves CloudFormation out).
#include <map>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

constexpr size_t kMaxOutputs = 200;

std::string_view regionOf(const ir::Program& p, const ir::Value& v) {
  if (v.kind == ir::Value::Kind::Attr && v.object < p.objects.size()) return p.objects[v.object].region();
  for (const ir::Value& item : v.items)
    if (std::string_view r = regionOf(p, item); !r.empty()) return r;
  for (const auto& [k, item] : v.entries)
    if (std::string_view r = regionOf(p, item); !r.empty()) return r;
  return {};
}

class CfnOutputsCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-O1"; }

  void run(const CheckContext& ctx) const override {
    const ir::Program& p = ctx.program();
    if (p.regions.empty() || !ctx.scope().cloudformation) return;
    std::map<std::string, std::vector<const ir::Output*>, std::less<>> by_region;
    for (const ir::Output& out : p.outputs) {
      std::string_view region = regionOf(p, out.value);
      by_region[std::string(region.empty() ? std::string_view(p.regions[0]) : region)].push_back(&out);
    }
    for (const auto& [region, outputs] : by_region)
      if (outputs.size() > kMaxOutputs)
        ctx.report(DiagKind::CfnTooManyOutputs, outputs[kMaxOutputs]->range, region, outputs.size());
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeCfnOutputsCheck() { return std::make_unique<CfnOutputsCheck>(); }

}  // namespace migc::checks
