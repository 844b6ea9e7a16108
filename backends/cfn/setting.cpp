// An SSM parameter in the CloudFormation shape: Tags is a map here, not a
// list. AWS::SSM::Parameter cannot create SecureString parameters (CHK-X2):
// a secure setting is reported (MIG3006) and left out rather than created
// as a plain String.
#include "cfn/kinds.h"

namespace migc::cfn {
namespace {

PValue tagMap(Context& ctx) {
  model::Fields tags;
  for (const auto& [k, v] : ctx.program().tags.entries) tags.emplace_back(k, ctx.value(v));
  return PValue::object(std::move(tags));
}

}  // namespace

KindLowering settingKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    if (lowering::flag(o, "secure")) {
      ctx.diags().report(DiagKind::CloudFormationSecureString, o.rangeOf("secure"), o.name);
      return;
    }
    const ir::Value& v = lowering::field(o, "value");
    bool structured = v.kind == ir::Value::Kind::Map || v.kind == ir::Value::Kind::List;
    std::string tier = lowering::text(o, "tier");
    model::Resource& p = ctx.add("AWS::SSM::Parameter", Context::id(o, "parameter"), o);
    p.properties = {{"Name", ctx.value(lowering::field(o, "path"))},
                    {"Type", PValue::s("String")},
                    {"Value", structured ? PValue::json(ctx.value(v)) : ctx.value(v)}};
    if (std::string d = lowering::text(o, "description"); !d.empty()) p.properties.emplace_back("Description", PValue::s(d));
    p.properties.emplace_back("Tier", PValue::s(tier == "advanced"              ? "Advanced"
                                                : tier == "intelligent_tiering" ? "Intelligent-Tiering"
                                                                                : "Standard"));
    p.properties.emplace_back("Tags", tagMap(ctx));
  };
  k.attribute = [](Context& ctx, const ir::Object& o, std::string_view attr) {
    // The name is the path, known even for a secure setting left out of the template.
    PValue path = ctx.value(lowering::field(o, "path"));
    if (attr != "arn") return path;
    // AWS::SSM::Parameter has no Arn attribute and migc does not emit pseudo parameters:
    // the ARN names the region and the path; the account is a wildcard, which grants
    // nothing more (an identity policy only reaches its own account without a resource policy).
    return PValue::concat({PValue::s("arn:aws:ssm:" + ctx.regionOf(o) + ":*:parameter"), path});
  };
  return k;
}

}  // namespace migc::cfn
