// An SSM parameter. A secure setting is a SecureString written through the
// write-only `value_wo`, so its value is kept out of the state (it is still
// in the program: see MIG2045). AWS::SSM::Parameter cannot create a
// SecureString: CloudFormation leaves a secure setting out and says so
// (MIG3006) rather than create it as a plain String.
#include "lower/common.h"
#include "lower/key_policy.h"
#include "lower/registry.h"

namespace migc::lower {
namespace {

constexpr const char* kSecureWhy = "CloudFormation cannot create SecureString parameters (MIG3006)";

PValue settingValue(Context& ctx, const ir::typed::Any& v) {
  // Maps and lists are stored as JSON text.
  const ir::Value& value = v.value();
  if (value.kind == ir::Value::Kind::Map || value.kind == ir::Value::Kind::List) return PValue::json(ctx.value(value));
  return ctx.value(value);
}

std::string tier(const ir::typed::Word& tier) {
  return tier.is("advanced") ? "Advanced" : tier.is("intelligent_tiering") ? "Intelligent-Tiering" : "Standard";
}

}  // namespace

template <>
KindLowering lowering<kind::setting>() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    fields::Setting s(o);
    bool secure = s.secure().constant();
    model::Resource& p = ctx.add("aws_ssm_parameter", Context::id(o, "parameter"), o);
    if (secure) {
      p.targets = Targets::Providers;
      p.targets_reason = kSecureWhy;
      ctx.diagsFor(Target::CloudFormation).report(DiagKind::CloudFormationSecureString, s.secure().range(), o.name);
    }
    p.properties = {{"name", ctx.value(s.path())}, {"type", PValue::s(secure ? "SecureString" : "String")}};
    if (s.description().present()) p.properties.emplace_back("description", ctx.value(s.description()));
    PValue value = settingValue(ctx, s.value());
    if (secure) {
      p.properties.emplace_back("value_wo", value);
      p.properties.emplace_back("value_wo_version", PValue::i(1));
      if (const ir::Object* key = ctx.objectOrNull(s.key())) p.properties.emplace_back("key_id", ctx.attribute(*key, "arn"));
    } else {
      p.properties.emplace_back("value", value);
    }
    p.properties.emplace_back("tier", PValue::s(tier(s.tier())));
    p.properties.emplace_back("tags", ctx.tags());
  };
  k.attribute = [](Context& ctx, const ir::Object& o, std::string_view attr) {
    // CloudFormation may leave the parameter out (a secure one) and has no
    // Arn attribute: it reads the path, and the ARN spelt from it.
    PValue path = ctx.value(fields::Setting(o).path());
    std::string id = Context::id(o, "parameter");
    if (attr != "arn")
      return PValue::perTarget(Targets::CloudFormation, kSecureWhy, std::move(path), PValue::refTo(id, "name"));
    std::string region = ctx.regionOf(o);
    PValue arn = PValue::concat({PValue::s("arn:" + Context::partitionOf(region) + ":ssm:" + region + ":"), accountId(ctx),
                                 PValue::s(":parameter"), std::move(path)});
    return PValue::perTarget(Targets::CloudFormation, "CloudFormation's SSM parameter has no Arn attribute", std::move(arn),
                             PValue::refTo(id, "arn"));
  };
  return k;
}

}  // namespace migc::lower
