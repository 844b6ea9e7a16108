// MIG5035: on-premises ranges allowed to reach the databases are data
// centre networks, not the internet (prefix /8 or longer).
#include <fmt/format.h>

#include <cmath>
#include <cstdlib>

#include "policy/rule.h"

namespace migc::policy {
namespace {

class OnpremCidrBroadRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::OnpremCidrBroad; }
  void run(const RuleContext& ctx) const override {
    for (const ir::Object* network : ctx.objectsOf("network")) {
      const ir::Value* cidrs = network->field("onprem_cidrs");
      if (!cidrs) continue;
      for (const ir::Value& cidr : cidrs->items) {
        if (cidr.kind != ir::Value::Kind::String) continue;
        size_t slash = cidr.text.find('/');
        if (slash == std::string::npos) continue;
        int prefix = std::atoi(cidr.text.c_str() + slash + 1);
        if (prefix >= 8) continue;
        std::string count = prefix == 0 ? "all" : fmt::format("2^{}", 32 - prefix);
        ctx.report(cidr.range.file.valid() ? cidr.range : ctx.where(*network, "onprem_cidrs"), cidr.text, count)
            .help("list the data centre's ranges, e.g. \"10.20.0.0/16\"");
      }
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeOnpremCidrBroadRule() { return std::make_unique<OnpremCidrBroadRule>(); }

}  // namespace migc::policy
