// An SSM parameter in the Terraform / Pulumi-AWS shape. A secure setting is
// a SecureString written through the write-only `value_wo`, so its value is
// kept out of the state (it is still in the program: see MIG2045).
#include "aws/kinds.h"

namespace migc::aws {
namespace {

PValue settingValue(Context& ctx, const ir::Value& v) {
  // Maps and lists are stored as JSON text.
  if (v.kind == ir::Value::Kind::Map || v.kind == ir::Value::Kind::List) return PValue::json(ctx.value(v));
  return ctx.value(v);
}

std::string settingTier(const ir::Object& o) {
  std::string tier = lowering::text(o, "tier");
  return tier == "advanced" ? "Advanced" : tier == "intelligent_tiering" ? "Intelligent-Tiering" : "Standard";
}

}  // namespace

KindLowering settingKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    bool secure = lowering::flag(o, "secure");
    model::Resource& p = ctx.add("aws_ssm_parameter", Context::id(o, "parameter"), o);
    p.properties = {{"name", ctx.value(lowering::field(o, "path"))},
                    {"type", PValue::s(secure ? "SecureString" : "String")}};
    if (std::string d = lowering::text(o, "description"); !d.empty()) p.properties.emplace_back("description", PValue::s(d));
    PValue value = settingValue(ctx, lowering::field(o, "value"));
    if (secure) {
      p.properties.emplace_back("value_wo", value);
      p.properties.emplace_back("value_wo_version", PValue::i(1));
      if (const ir::Object* key = ctx.objectOrNull(o.field("key")))
        p.properties.emplace_back("key_id", ctx.attribute(*key, "arn"));
    } else {
      p.properties.emplace_back("value", value);
    }
    p.properties.emplace_back("tier", PValue::s(settingTier(o)));
    p.properties.emplace_back("tags", ctx.tags());
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    return PValue::refTo(Context::id(o, "parameter"), attr == "arn" ? "arn" : "name");
  };
  return k;
}

}  // namespace migc::aws
