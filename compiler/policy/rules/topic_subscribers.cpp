// MIG5021: a topic that alarms notify has a subscriber.
#include "policy/rule.h"

namespace migc::policy {
namespace {

class TopicSubscribersRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::TopicSubscribers; }
  void run(const RuleContext& ctx) const override {
    for (const ir::Object* topic : ctx.objectsOf("topic")) {
      const ir::Value* subs = topic->field("subscription");
      if (subs && subs->kind != ir::Value::Kind::Null && (subs->kind != ir::Value::Kind::List || !subs->items.empty()))
        continue;
      auto alarms = ctx.referrers(*topic, "alarm", "notify");
      if (alarms.empty()) continue;
      ctx.report(topic->name_range, topic->name)
          .note("notified by alarm " + alarms.front()->name, alarms.front()->name_range)
          .help("add subscription { protocol = email; endpoint = \"...\" }");
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeTopicSubscribersRule() { return std::make_unique<TopicSubscribersRule>(); }

}  // namespace migc::policy
