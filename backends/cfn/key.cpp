#include "cfn/kinds.h"
#include "lowering/key_policy.h"

namespace migc::cfn {
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
    model::Resource& key = addStateful(ctx, "AWS::KMS::Key", Context::id(o, "key"), o);
    std::string description = lowering::text(o, "description");
    key.properties = {{"Description", PValue::s(description.empty() ? "migc key " + o.name : description)},
                      {"EnableKeyRotation", PValue::b(lowering::flag(o, "rotation"))},
                      {"PendingWindowInDays", PValue::i(int64_t(lowering::seconds(o, "deletion_window") / 86400))},
                      {"KeyPolicy", lowering::keyPolicy(ctx, o)},
                      {"Tags", ctx.tags()}};
    model::Resource& alias = ctx.add("AWS::KMS::Alias", Context::id(o, "alias"), o);
    alias.properties = {{"AliasName", aliasWithPrefix(ctx, o)},
                        {"TargetKeyId", PValue::refTo(Context::id(o, "key"))}};
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    if (attr == "alias") return PValue::refTo(Context::id(o, "alias"));  // Ref of an alias is its name
    return attr == "id" ? PValue::refTo(Context::id(o, "key")) : PValue::refTo(Context::id(o, "key"), "Arn");
  };
  return k;
}

}  // namespace migc::cfn
