// MIG5019: every alarm notifies someone.
#include "policy/rule.h"

namespace migc::policy {
namespace {

class AlarmActionRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::AlarmAction; }
  void run(const RuleContext& ctx) const override {
    auto topics = ctx.objectsOf("topic");
    for (const ir::Object* alarm : ctx.objectsOf("alarm")) {
      const ir::Value* v = alarm->field("notify");
      if (v && (v->kind != ir::Value::Kind::List || !v->items.empty())) continue;
      ctx.report(alarm->name_range, alarm->name)
          .help(topics.empty() ? "declare a `topic` and set notify = <its name>"
                               : "set notify = " + topics.front()->name);
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeAlarmActionRule() { return std::make_unique<AlarmActionRule>(); }

}  // namespace migc::policy
