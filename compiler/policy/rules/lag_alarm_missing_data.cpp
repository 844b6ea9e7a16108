// MIG5020: a DMS lag alarm fires when the metric disappears (a stopped task
// publishes no latency).
#include "policy/rule.h"

namespace migc::policy {
namespace {

class LagAlarmMissingDataRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::LagAlarmMissingData; }
  void run(const RuleContext& ctx) const override {
    for (const ir::Object* alarm : ctx.objectsOf("alarm")) {
      auto [target, metric] = ctx.watched(*alarm);
      if (!target || target->kind != "pipeline" || (metric != "target_lag" && metric != "source_lag")) continue;
      const ir::Value* v = alarm->field("missing_data");
      if (!v || v->kind != ir::Value::Kind::Enum || (v->text != "missing" && v->text != "ignore" && v->text != "not_breaching"))
        continue;
      SourceRange at = ctx.where(*alarm, "missing_data");
      auto b = ctx.report(at, alarm->name);
      if (at.begin != alarm->name_range.begin) b.fix(at, "breaching");
      b.help("missing_data = breaching");
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeLagAlarmMissingDataRule() { return std::make_unique<LagAlarmMissingDataRule>(); }

}  // namespace migc::policy
