#include "aws/kinds.h"
#include "lowering/events.h"

namespace migc::aws {
namespace {

// One topic policy per topic (a topic has a single policy), letting
// EventBridge publish for every rule that targets it.
void topicPolicy(Context& ctx, const ir::Object& topic) {
  if (!ctx.once("events_topic_policy:" + topic.name)) return;
  std::vector<PValue> rule_arns;
  for (const ir::Object* r : lowering::rulesTargeting(ctx, topic)) rule_arns.push_back(PValue::refTo(Context::id(*r, "rule"), "arn"));
  PValue topic_arn = PValue::refTo(Context::id(topic, "topic"), "arn");
  PValue statement = PValue::object(
      {{"Sid", PValue::s("AllowEventBridgePublish")},
       {"Effect", PValue::s("Allow")},
       {"Principal", PValue::object({{"Service", PValue::s("events.amazonaws.com")}})},
       {"Action", PValue::s("sns:Publish")},
       {"Resource", topic_arn},
       {"Condition", PValue::object({{"ArnEquals", PValue::object({{"aws:SourceArn", PValue::list(std::move(rule_arns))}})}})}});
  std::vector<PValue> statements = {std::move(statement)};
  // The policy replaces SNS's default one, which also admitted the alarms.
  if (PValue alarms = lowering::alarmsPublishStatement(ctx, topic, topic_arn); alarms.kind != PValue::Kind::Null)
    statements.push_back(std::move(alarms));
  model::Resource& policy = ctx.add("aws_sns_topic_policy", Context::id(topic, "events_policy"), topic);
  policy.properties = {{"arn", topic_arn},
                       {"policy", PValue::json(lowering::policyDocument(std::move(statements)))}};
}

}  // namespace

// An EventBridge rule with one target per function or topic, the Lambda
// permission for events.amazonaws.com scoped to this rule's ARN, and the
// topic policy that lets EventBridge publish (seed-matrix CHK-L4).
KindLowering ruleKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    std::string rule_id = Context::id(o, "rule");
    model::Resource& rule = ctx.add("aws_cloudwatch_event_rule", rule_id, o);
    rule.properties = {{"name", ctx.name(o, "rule")}};
    if (std::string d = lowering::text(o, "description"); !d.empty()) rule.properties.emplace_back("description", PValue::s(d));
    if (const ir::Value& every = lowering::field(o, "every"); every.kind == ir::Value::Kind::Quantity)
      rule.properties.emplace_back("schedule_expression", PValue::s(lowering::rateExpression(every.number)));
    else if (std::string cron = lowering::text(o, "cron"); !cron.empty())
      rule.properties.emplace_back("schedule_expression", PValue::s(cron));
    else
      rule.properties.emplace_back("event_pattern", PValue::json(lowering::eventPattern(ctx, o)));
    rule.properties.emplace_back("tags", ctx.tags());

    for (const ir::Value& t : lowering::field(o, "targets").items) {
      const ir::Object& target = ctx.object(t);
      model::Resource& tr = ctx.add("aws_cloudwatch_event_target", Context::id(o, "target_" + target.name), o);
      tr.properties = {{"rule", PValue::refTo(rule_id, "name")},
                       {"target_id", PValue::s(target.name)},
                       {"arn", lowering::arnOf(ctx, target)}};
      if (target.kind == "function") {
        model::Resource& p = ctx.add("aws_lambda_permission", Context::id(o, "invoke_" + target.name), o);
        p.properties = {{"statement_id", PValue::s("AllowEventBridge-" + o.name)},
                        {"action", PValue::s("lambda:InvokeFunction")},
                        {"function_name", ctx.attribute(target, "name")},
                        {"principal", PValue::s("events.amazonaws.com")},
                        {"source_arn", PValue::refTo(rule_id, "arn")}};
      } else if (target.kind == "topic") {
        topicPolicy(ctx, target);
      }
    }
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    return PValue::refTo(Context::id(o, "rule"), attr == "name" ? "name" : "arn");
  };
  return k;
}

}  // namespace migc::aws
