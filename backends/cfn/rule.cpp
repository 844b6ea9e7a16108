#include "cfn/kinds.h"
#include "lowering/events.h"

namespace migc::cfn {
namespace {

// One topic policy per topic for every rule that targets it.
void topicPolicy(Context& ctx, const ir::Object& topic) {
  if (!ctx.once("events_topic_policy:" + topic.name)) return;
  std::vector<PValue> rule_arns;
  for (const ir::Object* r : lowering::rulesTargeting(ctx, topic)) rule_arns.push_back(PValue::refTo(Context::id(*r, "rule"), "Arn"));
  PValue topic_arn = ctx.attribute(topic, "arn");
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
  model::Resource& policy = ctx.add("AWS::SNS::TopicPolicy", Context::id(topic, "events_policy"), topic);
  policy.properties = {{"Topics", PValue::list({topic_arn})},
                       {"PolicyDocument", lowering::policyDocument(std::move(statements))}};
}

}  // namespace

// Targets are inline in CloudFormation; the Lambda permission and topic
// policy are as in the Terraform shape (CHK-L4).
KindLowering ruleKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    std::string rule_id = Context::id(o, "rule");
    std::vector<PValue> targets;
    for (const ir::Value& t : lowering::field(o, "targets").items) {
      const ir::Object& target = ctx.object(t);
      targets.push_back(PValue::object({{"Id", PValue::s(target.name)}, {"Arn", lowering::arnOf(ctx, target)}}));
      if (target.kind == "function") {
        model::Resource& p = ctx.add("AWS::Lambda::Permission", Context::id(o, "invoke_" + target.name), o);
        p.properties = {{"Action", PValue::s("lambda:InvokeFunction")},
                        {"FunctionName", ctx.attribute(target, "name")},
                        {"Principal", PValue::s("events.amazonaws.com")},
                        {"SourceArn", PValue::refTo(rule_id, "Arn")}};
      } else if (target.kind == "topic") {
        topicPolicy(ctx, target);
      }
    }
    model::Resource& rule = ctx.add("AWS::Events::Rule", rule_id, o);
    rule.properties = {{"Name", ctx.name(o, "rule")}};
    if (std::string d = lowering::text(o, "description"); !d.empty()) rule.properties.emplace_back("Description", PValue::s(d));
    if (const ir::Value& every = lowering::field(o, "every"); every.kind == ir::Value::Kind::Quantity)
      rule.properties.emplace_back("ScheduleExpression", PValue::s(lowering::rateExpression(every.number)));
    else if (std::string cron = lowering::text(o, "cron"); !cron.empty())
      rule.properties.emplace_back("ScheduleExpression", PValue::s(cron));
    else
      rule.properties.emplace_back("EventPattern", lowering::eventPattern(ctx, o));
    rule.properties.emplace_back("State", PValue::s("ENABLED"));
    rule.properties.emplace_back("Targets", PValue::list(std::move(targets)));
    rule.properties.emplace_back("Tags", ctx.tags());
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    if (attr == "name") return PValue::refTo(Context::id(o, "rule"));  // Ref of a rule is its name
    return PValue::refTo(Context::id(o, "rule"), "Arn");
  };
  return k;
}

}  // namespace migc::cfn
