// MIG5029: one NAT gateway per region where cost matters (seed 002). Reads
// a network's `nat_gateways` count, or `nat = per_zone` with its `zones`.
#include "checks/check_util.h"
#include "policy/rule.h"

namespace migc::policy {
namespace {

class SingleNatRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::SingleNat; }
  std::vector<RuleOption> options() const override {
    return {{"max", RuleOption::Type::Integer, "1", "The most NAT gateways a network may create."}};
  }
  void run(const RuleContext& ctx) const override {
    int64_t max = ctx.integer("max");
    for (const ir::Object* network : ctx.objectsOf("network")) {
      std::optional<double> count = checks::constNumber(network->field("nat_gateways"));
      std::string_view field = "nat_gateways";
      if (const std::string* mode = checks::constText(network->field("nat")); !count && mode && *mode == "per_zone") {
        count = checks::constNumber(network->field("zones"));
        field = "nat";
      }
      if (!count || *count <= double(max)) continue;
      ctx.report(ctx.where(*network, field), network->name, int64_t(*count))
          .help("one NAT gateway serves every private subnet of the region");
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeSingleNatRule() { return std::make_unique<SingleNatRule>(); }

}  // namespace migc::policy
