// A customer-managed KMS key with its derived key policy (key_policy.h) and
// an alias.
#include "lower/key_policy.h"
#include "lower/registry.h"

namespace migc::lower {
namespace {

// "alias/" + the program's alias (a literal, or a string with params such
// as "migration-${suffix}"), else the key's generated name.
PValue aliasName(Context& ctx, const ir::Object& o) {
  fields::Key key(o);
  if (std::optional<std::string> literal = key.alias().literal()) return PValue::s("alias/" + *literal);
  PValue name = key.alias().present() ? ctx.value(key.alias()) : ctx.name(o, "key");
  return PValue::concat({PValue::s("alias/"), std::move(name)});
}

}  // namespace

template <>
KindLowering lowering<kind::key>() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    fields::Key key(o);
    model::Resource& r = ctx.add("aws_kms_key", Context::id(o, "key"), o);
    r.properties = {
        {"description", key.description().present() ? ctx.value(key.description()) : PValue::s("migc key " + o.name)},
        {"enable_key_rotation", ctx.value(key.rotation())},
        {"deletion_window_in_days", PValue::i(key.deletion_window().days())},
        {"policy", PValue::json(keyPolicy(ctx, o))},
        {"tags", ctx.tags()}};
    model::Resource& alias = ctx.add("aws_kms_alias", Context::id(o, "alias"), o);
    alias.properties = {{"name", aliasName(ctx, o)}, {"target_key_id", PValue::refTo(Context::id(o, "key"), "key_id")}};
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    if (attr == "alias") return PValue::refTo(Context::id(o, "alias"), "name");
    return PValue::refTo(Context::id(o, "key"), attr == "id" ? "key_id" : "arn");
  };
  return k;
}

}  // namespace migc::lower
