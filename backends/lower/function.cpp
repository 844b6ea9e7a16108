// A function: its role (assumed by Lambda; may write to its own log group
// and do what `allow` lists on the objects named, nothing on '*'), the log
// group created before the function so retention and tags are ours, and the
// function from the zip migc packaged (Pulumi reads `filename` as
// fn::fileArchive; CloudFormation as the local path `aws cloudformation
// package` uploads: MIG3010).
#include <algorithm>

#include "lower/common.h"
#include "lower/events.h"
#include "lower/iam.h"
#include "lower/registry.h"
#include "lower/service.h"

namespace migc::lower {

template <>
KindLowering lowering<kind::function>() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    fields::Function f(o);
    std::string role_id = Context::id(o, "role");
    std::string logs_id = Context::id(o, "logs");
    std::string policy_id = Context::id(o, "policy");
    PValue fn_name = ctx.name(o, "fn");

    ctx.add("aws_cloudwatch_log_group", logs_id, o).properties = {
        {"name", Context::text({PValue::s("/aws/lambda/"), fn_name})},
        {"retention_in_days", PValue::i(logRetentionDays(f.log_retention()))},
        {"tags", ctx.tags()}};

    serviceRole(ctx, o, role_id, ctx.name(o, "fn-role"), "lambda.amazonaws.com");
    PValue log_streams = PValue::perTarget(Targets::CloudFormation, "CloudFormation's log group Arn already ends in :*",
                                           PValue::refTo(logs_id, "arn"),
                                           PValue::concat({PValue::refTo(logs_id, "arn"), PValue::s(":*")}));
    std::vector<PValue> statements = {statement({"logs:CreateLogStream", "logs:PutLogEvents"}, {log_streams})};
    for (PValue& s : allowStatements(ctx, o)) statements.push_back(std::move(s));
    rolePolicy(ctx, o, role_id, policy_id, ctx.name(o, "fn-policy"), policyDocument(std::move(statements)));
    // Grants on objects another `when` flag guards: a policy that exists with them.
    for (auto& [flag, grants] : guardedAllowStatements(ctx, o)) {
      std::string label = flag;
      std::replace(label.begin(), label.end(), '_', '-');
      rolePolicy(ctx, o, role_id, Context::id(o, "policy_" + flag), ctx.name(o, "fn-policy-" + label),
                 policyDocument(std::move(grants)))
          .condition = flag;
    }

    // Packaged before lowering (assets/package.h); absent when that failed (reported).
    const assets::Asset* asset = ctx.asset(o);
    std::string path = asset ? asset->path : std::string();
    if (asset) {
      if (ctx.once("asset:" + path)) ctx.stack().files.emplace_back(path, asset->zip);
      ctx.diagsFor(Target::CloudFormation).report(DiagKind::CfnAssetNeedsPackage, f.code().range(), "cloudformation/" + path);
    }
    model::Resource& fn = ctx.add("aws_lambda_function", Context::id(o, "function"), o);
    fn.properties = {{"function_name", fn_name},
                     {"role", PValue::refTo(role_id, "arn")},
                     {"runtime", ctx.value(f.runtime())},
                     {"handler", ctx.value(f.handler())},
                     {"filename", PValue::s(path)},
                     {"source_code_hash", PValue::s(asset ? asset->sha256_base64 : std::string())},
                     {"memory_size", PValue::i(f.memory().mib())},
                     {"timeout", PValue::i(f.timeout().wholeSeconds())}};
    if (!f.environment().empty())
      fn.properties.emplace_back("environment", PValue::block({{"variables", environmentVariables(ctx, o)}}));
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

}  // namespace migc::lower
