#include "aws/kinds.h"

namespace migc::aws {
namespace {
std::string attributeType(std::string_view t) { return t == "number" ? "N" : t == "binary" ? "B" : "S"; }
}  // namespace

// A DynamoDB table: key attributes declared, PITR and KMS encryption as
// written, deletion protection off so the stack is destroyable.
KindLowering tableKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    model::Resource& t = ctx.add("aws_dynamodb_table", Context::id(o, "table"), o);
    bool on_demand = lowering::text(o, "billing") != "provisioned";
    std::string sort_key = lowering::text(o, "sort_key");
    t.properties = {{"name", ctx.name(o, "table")},
                    {"billing_mode", PValue::s(on_demand ? "PAY_PER_REQUEST" : "PROVISIONED")},
                    {"hash_key", PValue::s(lowering::text(o, "partition_key"))}};
    if (!sort_key.empty()) t.properties.emplace_back("range_key", PValue::s(sort_key));
    if (!on_demand) {
      t.properties.emplace_back("read_capacity", PValue::i(lowering::integer(o, "read_capacity")));
      t.properties.emplace_back("write_capacity", PValue::i(lowering::integer(o, "write_capacity")));
    }
    t.properties.emplace_back("attribute", PValue::block({{"name", PValue::s(lowering::text(o, "partition_key"))},
                                                          {"type", PValue::s(attributeType(lowering::text(o, "partition_type")))}}));
    if (!sort_key.empty())
      t.properties.emplace_back("attribute", PValue::block({{"name", PValue::s(sort_key)},
                                                            {"type", PValue::s(attributeType(lowering::text(o, "sort_type")))}}));
    t.properties.emplace_back("point_in_time_recovery",
                              PValue::block({{"enabled", PValue::b(lowering::flag(o, "point_in_time_recovery"))}}));
    model::Fields sse = {{"enabled", PValue::b(true)}};
    if (const ir::Object* key = ctx.objectOrNull(o.field("key"))) sse.emplace_back("kms_key_arn", ctx.attribute(*key, "arn"));
    t.properties.emplace_back("server_side_encryption", PValue::block(std::move(sse)));
    if (std::string ttl = lowering::text(o, "ttl_attribute"); !ttl.empty())
      t.properties.emplace_back("ttl", PValue::block({{"attribute_name", PValue::s(ttl)}, {"enabled", PValue::b(true)}}));
    t.properties.emplace_back("deletion_protection_enabled", PValue::b(false));
    t.properties.emplace_back("tags", ctx.tags());
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    return PValue::refTo(Context::id(o, "table"), attr == "name" ? "name" : "arn");
  };
  return k;
}

}  // namespace migc::aws
