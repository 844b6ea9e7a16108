#include "aws/kinds.h"
#include "lowering/key_policy.h"

namespace migc::aws {
namespace {

// The alias name without "alias/": the program's (a literal, or a string with
// params such as "migration-${suffix}"), else the key's generated name.
PValue aliasName(Context& ctx, const ir::Object& o) {
  const ir::Value& alias = lowering::field(o, "alias");
  if (alias.kind == ir::Value::Kind::Null) return ctx.name(o, "key");
  return ctx.value(alias);
}

PValue aliasWithPrefix(Context& ctx, const ir::Object& o) {
  const ir::Value& alias = lowering::field(o, "alias");
  if (alias.kind == ir::Value::Kind::String) return PValue::s("alias/" + alias.text);
  return PValue::concat({PValue::s("alias/"), aliasName(ctx, o)});
}

}  // namespace

KindLowering keyKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    model::Resource& key = ctx.add("aws_kms_key", Context::id(o, "key"), o);
    std::string description = lowering::text(o, "description");
    key.properties = {
        {"description", PValue::s(description.empty() ? "migc key " + o.name : description)},
        {"enable_key_rotation", PValue::b(lowering::flag(o, "rotation"))},
        {"deletion_window_in_days", PValue::i(int64_t(lowering::seconds(o, "deletion_window") / 86400))},
        {"policy", PValue::json(lowering::keyPolicy(ctx, o))},
        {"tags", ctx.tags()}};
    model::Resource& alias = ctx.add("aws_kms_alias", Context::id(o, "alias"), o);
    PValue alias_name = aliasWithPrefix(ctx, o);
    alias.properties = {{"name", alias_name},
                        {"target_key_id", PValue::refTo(Context::id(o, "key"), "key_id")}};
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    if (attr == "alias") return PValue::refTo(Context::id(o, "alias"), "name");
    return PValue::refTo(Context::id(o, "key"), attr == "id" ? "key_id" : "arn");
  };
  return k;
}

}  // namespace migc::aws
