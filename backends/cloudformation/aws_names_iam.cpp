// IAM roles and their policies, and the caller identity Terraform reads the
// account id from (CloudFormation's AWS::AccountId).
#include <array>

#include "cloudformation/aws_names.h"

namespace migc::cloudformation {
namespace {

constexpr auto kTypes = std::to_array<TypeName>({
    {"aws_iam_role", "AWS::IAM::Role", "name"},
    {"aws_iam_role_policy", "AWS::IAM::RolePolicy", "id", TagStyle::None},
    {"aws_caller_identity", "", "account_id", TagStyle::None},
});

constexpr auto kProperties = std::to_array<PropertyName>({
    {"aws_iam_role", "name", "RoleName"},
    {"aws_iam_role", "assume_role_policy", "AssumeRolePolicyDocument", Convert::Json},
    {"aws_iam_role_policy", "name", "PolicyName"},
    {"aws_iam_role_policy", "role", "RoleName"},
    {"aws_iam_role_policy", "policy", "PolicyDocument", Convert::Json},
});

constexpr auto kAttributes = std::to_array<AttributeName>({
    {"aws_iam_role", "arn", "Arn"},
    {"aws_iam_role", "id", ""},  // Terraform's id of a role is its name
    {"aws_caller_identity", "account_id", "AWS::AccountId"},
});

constexpr auto kFolds = std::to_array<Fold>({
    {"aws_iam_role_policy_attachment", "role", "ManagedPolicyArns", "policy_arn",
     "CloudFormation lists a role's managed policies on the role (ManagedPolicyArns)"},
});

}  // namespace

NameTables iamNames() { return {kTypes, kProperties, kAttributes, kFolds}; }

}  // namespace migc::cloudformation
