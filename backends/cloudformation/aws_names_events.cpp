// Amazon SNS, EventBridge, AWS Lambda, and CloudWatch alarms and dashboards.
#include <array>

#include "cloudformation/aws_names.h"

namespace migc::cloudformation {
namespace {

constexpr auto kTypes = std::to_array<TypeName>({
    {"aws_sns_topic", "AWS::SNS::Topic", "arn"},
    {"aws_sns_topic_subscription", "AWS::SNS::Subscription", "arn", TagStyle::None},
    {"aws_sns_topic_policy", "AWS::SNS::TopicPolicy", "id", TagStyle::None},
    {"aws_cloudwatch_event_rule", "AWS::Events::Rule", "name"},
    {"aws_lambda_permission", "AWS::Lambda::Permission", "id", TagStyle::None},
    {"aws_lambda_function", "AWS::Lambda::Function", "function_name"},
    {"aws_cloudwatch_metric_alarm", "AWS::CloudWatch::Alarm", "alarm_name"},
    {"aws_cloudwatch_dashboard", "AWS::CloudWatch::Dashboard", "dashboard_name", TagStyle::None},
});

constexpr auto kProperties = std::to_array<PropertyName>({
    {"aws_sns_topic", "name", "TopicName"},
    {"aws_sns_topic_policy", "arn", "Topics", Convert::List},
    {"aws_sns_topic_policy", "policy", "PolicyDocument", Convert::Json},
    {"aws_cloudwatch_event_rule", "event_pattern", "EventPattern", Convert::Json},
    {"aws_cloudwatch_event_target", "target_id", "Id"},
    {"aws_lambda_permission", "statement_id", "", Convert::Drop, {},
     "CloudFormation names a Lambda permission's statement itself"},
    {"aws_lambda_function", "filename", "Code"},
    {"aws_lambda_function", "source_code_hash", "", Convert::Drop, {},
     "`aws cloudformation package` uploads the zip and writes its S3 location (MIG3010)"},
    {"aws_cloudwatch_metric_alarm", "dimensions", "Dimensions", Convert::NameValue},
    {"aws_cloudwatch_metric_alarm", "ok_actions", "OKActions"},
});

constexpr auto kAttributes = std::to_array<AttributeName>({
    {"aws_sns_topic", "name", "TopicName"},
    {"aws_sns_topic", "id", ""},  // Terraform's id of a topic is its ARN
    {"aws_cloudwatch_event_rule", "arn", "Arn"},
    {"aws_lambda_function", "arn", "Arn"},
    {"aws_cloudwatch_metric_alarm", "arn", "Arn"},
});

constexpr auto kFolds = std::to_array<Fold>({
    {"aws_cloudwatch_event_target", "rule", "Targets", "*", "CloudFormation lists a rule's targets on the rule"},
});

}  // namespace

NameTables eventNames() { return {kTypes, kProperties, kAttributes, kFolds}; }

}  // namespace migc::cloudformation
