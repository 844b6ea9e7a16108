// An SNS topic (encrypted with the program's key when it names one) and a
// subscription per `subscription` block.
#include "lower/registry.h"

namespace migc::lower {

template <>
KindLowering lowering<kind::topic>() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    fields::Topic t(o);
    model::Resource& topic = ctx.add("aws_sns_topic", Context::id(o, "topic"), o);
    topic.properties = {{"name", ctx.name(o, "topic")}};
    if (t.display_name().present()) topic.properties.emplace_back("display_name", ctx.value(t.display_name()));
    if (const ir::Object* key = ctx.objectOrNull(t.key()))
      topic.properties.emplace_back("kms_master_key_id", ctx.attribute(*key, "id"));
    topic.properties.emplace_back("tags", ctx.tags());
    int n = 0;
    for (const fields::Topic::Subscription& sub : t.subscription().items()) {
      model::Resource& s = ctx.add("aws_sns_topic_subscription", Context::id(o, "subscription_" + std::to_string(++n)), o);
      s.properties = {{"topic_arn", PValue::refTo(Context::id(o, "topic"), "arn")},
                      {"protocol", ctx.value(sub.protocol())},
                      {"endpoint", ctx.value(sub.endpoint())}};
    }
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    return PValue::refTo(Context::id(o, "topic"), attr == "name" ? "name" : "arn");
  };
  return k;
}

}  // namespace migc::lower
