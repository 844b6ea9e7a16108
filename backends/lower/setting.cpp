// An SSM parameter. A secure setting is a SecureString written through the
// write-only `value_wo`, so its value is kept out of the state (it is still
// in the program: see MIG2045). AWS::SSM::Parameter cannot create a
// SecureString: CloudFormation leaves a secure setting out and says so
// (MIG3006) rather than create it as a plain String. A setting a function
// writes keeps what it wrote across deploys (Terraform ignore_changes,
// Pulumi ignoreChanges; CloudFormation updates only what the template
// changes).
#include <algorithm>

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

// Whether a function may write the parameter (ssm:PutParameter in its
// `allow`): the program's value is then its initial value only, and a
// deploy must not put it back over what the function wrote (a cutover's
// state would revert to its first phase on every deploy).
bool writtenByFunction(const Context& ctx, const ir::Object& setting) {
  auto names = [&](const ir::Value& v) { return v.kind == ir::Value::Kind::Attr && &ctx.program().objects[v.object] == &setting; };
  for (const ir::Object& fn : ctx.program().objects) {
    const ir::Value* allow = fn.kind == "function" ? fn.field("allow") : nullptr;
    for (const auto& [action, targets] : allow ? allow->entries : decltype(allow->entries){}) {
      if (action != "ssm:PutParameter" && action != "ssm:*") continue;
      if (names(targets) || std::any_of(targets.items.begin(), targets.items.end(), names)) return true;
    }
  }
  return false;
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
    // (A write-only value is never compared with the parameter: nothing to ignore.)
    if (!secure && writtenByFunction(ctx, o)) p.ignore_changes.push_back("value");
  };
  k.attribute = [](Context& ctx, const ir::Object& o, std::string_view attr) {
    // CloudFormation reads a plain parameter by Ref (its name), so what reads
    // it waits for it, and spells the ARN from that name (no Arn attribute).
    // It leaves a secure parameter out: there it reads the path as text.
    std::string id = Context::id(o, "parameter");
    std::string region = ctx.regionOf(o);
    auto arnOf = [&](PValue name) {
      return regionalArn(ctx, "ssm", region, PValue::concat({PValue::s("parameter"), std::move(name)}));
    };
    bool secure = fields::Setting(o).secure().constant();
    // Read from another region (a service there names it): spelt from the
    // path, as a CloudFormation template cannot refer to another region's
    // stack and would take the value as a parameter to pass by hand (MIG3021).
    if (ctx.currentRegion() != region) {
      PValue path = ctx.value(fields::Setting(o).path());
      return attr != "arn" ? path : arnOf(std::move(path));
    }
    if (!secure)
      return attr != "arn" ? PValue::refTo(id, "name")
                           : PValue::perTarget(Targets::CloudFormation, "CloudFormation's SSM parameter has no Arn "
                                               "attribute: the ARN is spelt from its name",
                                               arnOf(PValue::refTo(id, "name")), PValue::refTo(id, "arn"));
    PValue path = ctx.value(fields::Setting(o).path());
    if (attr != "arn")
      return PValue::perTarget(Targets::CloudFormation, kSecureWhy, std::move(path), PValue::refTo(id, "name"));
    return PValue::perTarget(Targets::CloudFormation, kSecureWhy, arnOf(std::move(path)), PValue::refTo(id, "arn"));
  };
  return k;
}

}  // namespace migc::lower
