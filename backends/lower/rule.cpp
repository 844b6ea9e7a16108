// An EventBridge rule (a schedule, a DMS task's state changes, or a raw
// pattern) with one target per function or topic, the Lambda permission for
// events.amazonaws.com scoped to this rule's ARN, and the topic policy that
// lets EventBridge publish.
#include "lower/events.h"
#include "lower/iam.h"
#include "lower/registry.h"

namespace migc::lower {
namespace {

// One topic policy per topic (a topic has a single policy), letting
// EventBridge publish for every rule that targets it.
void topicPolicy(Context& ctx, const ir::Object& topic) {
  if (!ctx.once("events_topic_policy:" + topic.name)) return;
  std::vector<PValue> rule_arns;
  for (const ir::Object* r : ctx.referrers(topic, "rule", "targets"))
    rule_arns.push_back(PValue::refTo(Context::id(*r, "rule"), "arn"));
  PValue topic_arn = PValue::refTo(Context::id(topic, "topic"), "arn");
  std::vector<PValue> statements = {PValue::object(
      {{"Sid", PValue::s("AllowEventBridgePublish")},
       {"Effect", PValue::s("Allow")},
       {"Principal", PValue::object({{"Service", PValue::s("events.amazonaws.com")}})},
       {"Action", PValue::s("sns:Publish")},
       {"Resource", topic_arn},
       {"Condition", PValue::object({{"ArnEquals", PValue::object({{"aws:SourceArn", PValue::list(std::move(rule_arns))}})}})}})};
  // The policy replaces SNS's default one, which also admitted the alarms.
  if (PValue alarms = alarmsPublishStatement(ctx, topic, topic_arn); alarms.kind != PValue::Kind::Null)
    statements.push_back(std::move(alarms));
  ctx.add("aws_sns_topic_policy", Context::id(topic, "events_policy"), topic).properties = {
      {"arn", topic_arn}, {"policy", PValue::json(policyDocument(std::move(statements)))}};
}

}  // namespace

template <>
KindLowering lowering<kind::rule>() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    fields::Rule r(o);
    std::string rule_id = Context::id(o, "rule");
    model::Resource& rule = ctx.add("aws_cloudwatch_event_rule", rule_id, o);
    rule.properties = {{"name", ctx.name(o, "rule")}};
    if (r.description().present()) rule.properties.emplace_back("description", ctx.value(r.description()));
    if (r.every().present())
      rule.properties.emplace_back("schedule_expression", PValue::s(rateExpression(r.every())));
    else if (r.cron().present())
      rule.properties.emplace_back("schedule_expression", ctx.value(r.cron()));
    else
      rule.properties.emplace_back("event_pattern", PValue::json(eventPattern(ctx, o)));
    rule.properties.emplace_back("tags", ctx.tags());

    for (const ir::typed::Ref& t : r.targets().items()) {
      const ir::Object& target = ctx.object(t);
      ctx.add("aws_cloudwatch_event_target", Context::id(o, "target_" + target.name), o).properties = {
          {"rule", PValue::refTo(rule_id, "name")}, {"target_id", PValue::s(target.name)}, {"arn", arnOf(ctx, target)}};
      if (target.kind == "function")
        ctx.add("aws_lambda_permission", Context::id(o, "invoke_" + target.name), o).properties = {
            {"statement_id", PValue::s("AllowEventBridge-" + o.name)},
            {"action", PValue::s("lambda:InvokeFunction")},
            {"function_name", ctx.attribute(target, "name")},
            {"principal", PValue::s("events.amazonaws.com")},
            {"source_arn", PValue::refTo(rule_id, "arn")}};
      else if (target.kind == "topic")
        topicPolicy(ctx, target);
    }
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    return PValue::refTo(Context::id(o, "rule"), attr == "name" ? "name" : "arn");
  };
  return k;
}

}  // namespace migc::lower
