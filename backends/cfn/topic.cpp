#include "cfn/kinds.h"

namespace migc::cfn {

KindLowering topicKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    model::Resource& topic = ctx.add("AWS::SNS::Topic", Context::id(o, "topic"), o);
    topic.properties = {{"TopicName", ctx.name(o, "topic")}};
    if (std::string display = lowering::text(o, "display_name"); !display.empty())
      topic.properties.emplace_back("DisplayName", PValue::s(display));
    if (const ir::Object* key = ctx.objectOrNull(o.field("key")))
      topic.properties.emplace_back("KmsMasterKeyId", ctx.attribute(*key, "id"));
    std::vector<PValue> subs;
    for (const ir::Value& sub : lowering::field(o, "subscription").items)
      subs.push_back(PValue::object({{"Protocol", ctx.value(*sub.get("protocol"))},
                                     {"Endpoint", ctx.value(*sub.get("endpoint"))}}));
    if (!subs.empty()) topic.properties.emplace_back("Subscription", PValue::list(std::move(subs)));
    topic.properties.emplace_back("Tags", ctx.tags());
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    if (attr == "name") return PValue::refTo(Context::id(o, "topic"), "TopicName");
    return PValue::refTo(Context::id(o, "topic"));  // Ref of a topic is its ARN
  };
  return k;
}

}  // namespace migc::cfn
