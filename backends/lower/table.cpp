// A DynamoDB table: key attributes declared, point-in-time recovery and KMS
// encryption as written, deletion protection off so the stack is destroyable.
#include "lower/registry.h"

namespace migc::lower {
namespace {
std::string attributeType(const std::string& t) { return t == "number" ? "N" : t == "binary" ? "B" : "S"; }
}  // namespace

template <>
KindLowering lowering<kind::table>() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    fields::Table t(o);
    model::Resource& table = ctx.add("aws_dynamodb_table", Context::id(o, "table"), o);
    bool on_demand = !t.billing().is("provisioned");
    bool sorted = t.sort_key().present();
    const char* keys_why =
        "CloudFormation lists key attributes in KeySchema; Terraform and Pulumi name them in hash_key and range_key";
    table.properties = {{"name", ctx.name(o, "table")},
                        {"billing_mode", PValue::s(on_demand ? "PAY_PER_REQUEST" : "PROVISIONED")},
                        {"hash_key", PValue::onlyFor(Targets::Providers, keys_why, ctx.value(t.partition_key()))}};
    if (sorted) table.properties.emplace_back("range_key", PValue::onlyFor(Targets::Providers, keys_why, ctx.value(t.sort_key())));
    std::vector<PValue> key_schema = {
        PValue::block({{"attribute_name", ctx.value(t.partition_key())}, {"key_type", PValue::s("HASH")}})};
    if (sorted) key_schema.push_back(PValue::block({{"attribute_name", ctx.value(t.sort_key())}, {"key_type", PValue::s("RANGE")}}));
    table.properties.emplace_back("key_schema", PValue::onlyFor(Targets::CloudFormation, keys_why, PValue::list(std::move(key_schema))));
    if (!on_demand) {
      table.properties.emplace_back("read_capacity", ctx.value(t.read_capacity()));
      table.properties.emplace_back("write_capacity", ctx.value(t.write_capacity()));
    }
    table.properties.emplace_back("attribute", PValue::block({{"name", ctx.value(t.partition_key())},
                                                              {"type", PValue::s(attributeType(t.partition_type().word()))}}));
    if (sorted)
      table.properties.emplace_back("attribute", PValue::block({{"name", ctx.value(t.sort_key())},
                                                                {"type", PValue::s(attributeType(t.sort_type().word()))}}));
    table.properties.emplace_back("point_in_time_recovery", PValue::block({{"enabled", ctx.value(t.point_in_time_recovery())}}));
    model::Fields sse = {{"enabled", PValue::b(true)}};
    if (const ir::Object* key = ctx.objectOrNull(t.key())) {
      sse.emplace_back("sse_type", PValue::onlyFor(Targets::CloudFormation,
                                                   "CloudFormation names the KMS type; Terraform infers it from the key",
                                                   PValue::s("KMS")));
      sse.emplace_back("kms_key_arn", ctx.attribute(*key, "arn"));
    }
    table.properties.emplace_back("server_side_encryption", PValue::block(std::move(sse)));
    if (t.ttl_attribute().present())
      table.properties.emplace_back("ttl", PValue::block({{"attribute_name", ctx.value(t.ttl_attribute())},
                                                          {"enabled", PValue::b(true)}}));
    table.properties.emplace_back("deletion_protection_enabled", PValue::b(false));
    table.properties.emplace_back("tags", ctx.tags());
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    return PValue::refTo(Context::id(o, "table"), attr == "name" ? "name" : "arn");
  };
  return k;
}

}  // namespace migc::lower
