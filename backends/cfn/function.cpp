#include <algorithm>

#include "cfn/kinds.h"
#include "lowering/events.h"
#include "lowering/iam.h"

namespace migc::cfn {

// As the Terraform shape, with the role policy inline. Code is the relative
// path of the zip beside the template: the form `aws cloudformation package`
// uploads to S3 and rewrites (cfn-lint accepts a string Code for that
// reason); MIG3010 says so.
KindLowering functionKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    std::string role_id = Context::id(o, "role");
    std::string logs_id = Context::id(o, "logs");
    PValue fn_name = ctx.name(o, "fn");

    model::Resource& logs = addStateful(ctx, "AWS::Logs::LogGroup", logs_id, o);
    logs.properties = {{"LogGroupName", PValue::concat({PValue::s("/aws/lambda/"), fn_name})},
                       {"RetentionInDays", PValue::i(static_cast<int64_t>(lowering::seconds(o, "log_retention") / 86400))},
                       {"Tags", ctx.tags()}};

    // GetAtt Arn of a log group already ends in ":*".
    std::vector<PValue> statements = {
        lowering::statement({"logs:CreateLogStream", "logs:PutLogEvents"}, {PValue::refTo(logs_id, "Arn")})};
    for (PValue& s : lowering::allowStatements(ctx, o)) statements.push_back(std::move(s));
    model::Resource& role = ctx.add("AWS::IAM::Role", role_id, o);
    role.properties = {
        {"RoleName", ctx.name(o, "fn-role")},
        {"AssumeRolePolicyDocument", lowering::assumeRolePolicy("lambda.amazonaws.com")},
        {"Policies", PValue::list({PValue::object({{"PolicyName", ctx.name(o, "fn-policy")},
                                                   {"PolicyDocument", lowering::policyDocument(std::move(statements))}})})},
        {"Tags", ctx.tags()}};

    // Grants on objects another `when` flag guards: a policy that exists with them.
    for (auto& [flag, grants] : lowering::guardedAllowStatements(ctx, o)) {
      std::string label = flag;
      std::replace(label.begin(), label.end(), '_', '-');
      model::Resource& guarded = ctx.add("AWS::IAM::RolePolicy", Context::id(o, "policy_" + flag), o);
      guarded.condition = flag;
      guarded.properties = {{"PolicyName", ctx.name(o, "fn-policy-" + label)},
                            {"PolicyDocument", lowering::policyDocument(std::move(grants))},
                            {"RoleName", PValue::refTo(role_id)}};  // Ref of a role is its name
    }

    std::string hash;
    std::string asset = lowering::packageFunctionCode(ctx, o, hash);
    if (!asset.empty())
      ctx.diags().report(DiagKind::CfnAssetNeedsPackage, o.rangeOf("code"), "cloudformation/" + asset);
    model::Resource& fn = ctx.add("AWS::Lambda::Function", Context::id(o, "function"), o);
    fn.properties = {{"FunctionName", fn_name},
                     {"Role", PValue::refTo(role_id, "Arn")},
                     {"Runtime", PValue::s(lowering::text(o, "runtime"))},
                     {"Handler", PValue::s(lowering::text(o, "handler"))},
                     {"Code", PValue::s(asset)},
                     {"MemorySize", PValue::i(static_cast<int64_t>(lowering::field(o, "memory").number / 1048576))},
                     {"Timeout", PValue::i(static_cast<int64_t>(lowering::seconds(o, "timeout")))}};
    if (!lowering::field(o, "environment").entries.empty())
      fn.properties.emplace_back("Environment", PValue::object({{"Variables", lowering::environmentVariables(ctx, o)}}));
    fn.properties.emplace_back("Tags", ctx.tags());
    fn.depends_on = {logs_id};
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    // Ref of a function is its name.
    if (attr == "role_arn") return PValue::refTo(Context::id(o, "role"), "Arn");
    if (attr == "log_group") return PValue::refTo(Context::id(o, "logs"));  // Ref of a log group is its name
    return attr == "name" ? PValue::refTo(Context::id(o, "function")) : PValue::refTo(Context::id(o, "function"), "Arn");
  };
  return k;
}

}  // namespace migc::cfn
