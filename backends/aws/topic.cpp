#include "aws/kinds.h"

namespace migc::aws {

KindLowering topicKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    model::Resource& topic = ctx.add("aws_sns_topic", Context::id(o, "topic"), o);
    topic.properties = {{"name", ctx.name(o, "topic")}};
    if (std::string display = lowering::text(o, "display_name"); !display.empty())
      topic.properties.emplace_back("display_name", PValue::s(display));
    if (const ir::Object* key = ctx.objectOrNull(o.field("key")))
      topic.properties.emplace_back("kms_master_key_id", ctx.attribute(*key, "id"));
    topic.properties.emplace_back("tags", ctx.tags());
    int n = 0;
    for (const ir::Value& sub : lowering::field(o, "subscription").items) {
      model::Resource& s = ctx.add("aws_sns_topic_subscription", Context::id(o, "subscription_" + std::to_string(++n)), o);
      s.properties = {{"topic_arn", PValue::refTo(Context::id(o, "topic"), "arn")},
                      {"protocol", ctx.value(*sub.get("protocol"))},
                      {"endpoint", ctx.value(*sub.get("endpoint"))}};
    }
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    return PValue::refTo(Context::id(o, "topic"), attr == "name" ? "name" : "arn");
  };
  return k;
}

}  // namespace migc::aws
