// MIG5021: a topic that alarms notify has a subscriber.
#include <map>

#include "policy/rule.h"

namespace migc::policy {
namespace {

class TopicSubscribersRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::TopicSubscribers; }
  void run(const RuleContext& ctx) const override {
    // The first alarm notifying each topic, in one pass over the alarms.
    std::map<const ir::Object*, const ir::Object*> notified_by;
    for (const ir::Object* alarm : ctx.objectsOf("alarm")) {
      const ir::Value* notify = alarm->field("notify");
      if (!notify) continue;
      for (const ir::Value& item : notify->items)
        if (item.kind == ir::Value::Kind::Attr && item.text.empty() && item.object < ctx.program().objects.size())
          notified_by.emplace(&ctx.program().objects[item.object], alarm);
    }
    for (const ir::Object* topic : ctx.objectsOf("topic")) {
      const ir::Value* subs = topic->field("subscription");
      if (subs && subs->kind != ir::Value::Kind::Null && (subs->kind != ir::Value::Kind::List || !subs->items.empty()))
        continue;
      auto it = notified_by.find(topic);
      if (it == notified_by.end()) continue;
      ctx.report(topic->name_range, topic->name)
          .note("notified by alarm " + it->second->name, it->second->name_range)
          .help("add subscription { protocol = email; endpoint = \"...\" }");
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeTopicSubscribersRule() { return std::make_unique<TopicSubscribersRule>(); }

}  // namespace migc::policy
