#include "aws/kinds.h"

namespace migc::aws {

KindLowering keyKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    model::Resource& key = ctx.add("aws_kms_key", Context::id(o, "key"), o);
    std::string description = lowering::text(o, "description");
    key.properties = {
        {"description", PValue::s(description.empty() ? "migc key " + o.name : description)},
        {"enable_key_rotation", PValue::b(lowering::flag(o, "rotation"))},
        {"deletion_window_in_days", PValue::i(int64_t(lowering::seconds(o, "deletion_window") / 86400))},
        {"tags", ctx.tags()}};
    model::Resource& alias = ctx.add("aws_kms_alias", Context::id(o, "alias"), o);
    std::string name = lowering::text(o, "alias");
    PValue alias_name = name.empty() ? PValue::concat({PValue::s("alias/"), ctx.name(o, "key")})
                                     : PValue::s("alias/" + name);
    alias.properties = {{"name", alias_name},
                        {"target_key_id", PValue::refTo(Context::id(o, "key"), "key_id")}};
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    return PValue::refTo(Context::id(o, "key"), attr == "id" ? "key_id" : "arn");
  };
  return k;
}

}  // namespace migc::aws
