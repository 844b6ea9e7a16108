#include "cfn/kinds.h"

namespace migc::cfn {

KindLowering keyKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    model::Resource& key = addStateful(ctx, "AWS::KMS::Key", Context::id(o, "key"), o);
    std::string description = lowering::text(o, "description");
    key.properties = {{"Description", PValue::s(description.empty() ? "migc key " + o.name : description)},
                      {"EnableKeyRotation", PValue::b(lowering::flag(o, "rotation"))},
                      {"PendingWindowInDays", PValue::i(int64_t(lowering::seconds(o, "deletion_window") / 86400))},
                      {"Tags", ctx.tags()}};
    model::Resource& alias = ctx.add("AWS::KMS::Alias", Context::id(o, "alias"), o);
    std::string name = lowering::text(o, "alias");
    alias.properties = {{"AliasName", name.empty() ? PValue::concat({PValue::s("alias/"), ctx.name(o, "key")})
                                                   : PValue::s("alias/" + name)},
                        {"TargetKeyId", PValue::refTo(Context::id(o, "key"))}};
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    return attr == "id" ? PValue::refTo(Context::id(o, "key")) : PValue::refTo(Context::id(o, "key"), "Arn");
  };
  return k;
}

}  // namespace migc::cfn
