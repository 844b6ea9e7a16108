// MIG5032: engine majors past end of standard support (seed CHK-V3),
// which RDS bills as Extended Support. Deprecated *versions* are the
// domain check MIG2001; this rule judges the major.
#include <cstdlib>

#include "checks/check_util.h"
#include "policy/rule.h"

namespace migc::policy {
namespace {

class EngineMajorSupportRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::EngineMajorSupport; }
  std::vector<RuleOption> options() const override {
    return {{"min_majors", RuleOption::Type::IntegerMap,
             R"({"aurora-postgresql": 14, "postgres": 14, "aurora-mysql": 3, "mysql": 8})",
             "Per engine, the oldest major version in standard support."}};
  }
  void run(const RuleContext& ctx) const override {
    auto minimums = ctx.integerMap("min_majors");
    for (const ir::Object* cluster : ctx.objectsOf("cluster")) {
      auto engine = checks::engineOf(*cluster);
      if (!engine) continue;
      for (const auto& [name, min] : minimums) {
        if (name != engine->engine) continue;
        int major = std::atoi(engine->version.c_str());
        if (major <= 0 || major >= min) continue;
        ctx.report(ctx.where(*cluster, "engine"), engine->engine, engine->version, engine->engine, min)
            .help("upgrade the major version before (or right after) cutover");
      }
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeEngineMajorSupportRule() { return std::make_unique<EngineMajorSupportRule>(); }

}  // namespace migc::policy
