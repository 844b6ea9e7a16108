#include <algorithm>

#include "aws/kinds.h"
#include "lowering/events.h"
#include "lowering/iam.h"

namespace migc::aws {

// A function: its role (assumed by Lambda; may write to its own log group
// and do what `allow` lists on the objects named, nothing on '*'), the log
// group created before the function so retention and tags are ours, and the
// function from the zip migc packaged (Pulumi reads `filename` as
// fn::fileArchive).
KindLowering functionKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    std::string role_id = Context::id(o, "role");
    std::string logs_id = Context::id(o, "logs");
    std::string policy_id = Context::id(o, "policy");
    PValue fn_name = ctx.name(o, "fn");

    model::Resource& logs = ctx.add("aws_cloudwatch_log_group", logs_id, o);
    logs.properties = {{"name", PValue::concat({PValue::s("/aws/lambda/"), fn_name})},
                       {"retention_in_days", PValue::i(static_cast<int64_t>(lowering::seconds(o, "log_retention") / 86400))},
                       {"tags", ctx.tags()}};

    model::Resource& role = ctx.add("aws_iam_role", role_id, o);
    role.properties = {{"name", ctx.name(o, "fn-role")},
                       {"assume_role_policy", PValue::json(lowering::assumeRolePolicy("lambda.amazonaws.com"))},
                       {"tags", ctx.tags()}};

    std::vector<PValue> statements = {lowering::statement(
        {"logs:CreateLogStream", "logs:PutLogEvents"},
        {PValue::concat({PValue::refTo(logs_id, "arn"), PValue::s(":*")})})};
    for (PValue& s : lowering::allowStatements(ctx, o)) statements.push_back(std::move(s));
    model::Resource& policy = ctx.add("aws_iam_role_policy", policy_id, o);
    policy.properties = {{"name", ctx.name(o, "fn-policy")},
                         {"role", PValue::refTo(role_id, "id")},
                         {"policy", PValue::json(lowering::policyDocument(std::move(statements)))}};
    // Grants on objects another `when` flag guards: a policy that exists with them.
    for (auto& [flag, grants] : lowering::guardedAllowStatements(ctx, o)) {
      std::string label = flag;
      std::replace(label.begin(), label.end(), '_', '-');
      model::Resource& guarded = ctx.add("aws_iam_role_policy", Context::id(o, "policy_" + flag), o);
      guarded.condition = flag;
      guarded.properties = {{"name", ctx.name(o, "fn-policy-" + label)},
                            {"role", PValue::refTo(role_id, "id")},
                            {"policy", PValue::json(lowering::policyDocument(std::move(grants)))}};
    }

    std::string hash;
    std::string asset = lowering::packageFunctionCode(ctx, o, hash);
    model::Resource& fn = ctx.add("aws_lambda_function", Context::id(o, "function"), o);
    fn.properties = {{"function_name", fn_name},
                     {"role", PValue::refTo(role_id, "arn")},
                     {"runtime", PValue::s(lowering::text(o, "runtime"))},
                     {"handler", PValue::s(lowering::text(o, "handler"))},
                     {"filename", PValue::s(asset)},
                     {"source_code_hash", PValue::s(hash)},
                     {"memory_size", PValue::i(static_cast<int64_t>(lowering::field(o, "memory").number / 1048576))},
                     {"timeout", PValue::i(static_cast<int64_t>(lowering::seconds(o, "timeout")))}};
    if (!lowering::field(o, "environment").entries.empty())
      fn.properties.emplace_back("environment",
                                 PValue::block({{"variables", lowering::environmentVariables(ctx, o)}}));
    fn.properties.emplace_back("tags", ctx.tags());
    fn.depends_on = {logs_id, policy_id};
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    if (attr == "role_arn") return PValue::refTo(Context::id(o, "role"), "arn");
    if (attr == "log_group") return PValue::refTo(Context::id(o, "logs"), "name");
    return PValue::refTo(Context::id(o, "function"), attr == "name" ? "function_name" : "arn");
  };
  return k;
}

}  // namespace migc::aws
