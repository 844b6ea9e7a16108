#include "cfn/kinds.h"

namespace migc::cfn {
namespace {
std::string attributeType(std::string_view t) { return t == "number" ? "N" : t == "binary" ? "B" : "S"; }
}  // namespace

// As the Terraform shape: deleted with the stack, no deletion protection.
KindLowering tableKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    model::Resource& t = addStateful(ctx, "AWS::DynamoDB::Table", Context::id(o, "table"), o);
    bool on_demand = lowering::text(o, "billing") != "provisioned";
    std::string partition = lowering::text(o, "partition_key"), sort_key = lowering::text(o, "sort_key");
    std::vector<PValue> attributes = {PValue::object({{"AttributeName", PValue::s(partition)},
                                                      {"AttributeType", PValue::s(attributeType(lowering::text(o, "partition_type")))}})};
    std::vector<PValue> keys = {PValue::object({{"AttributeName", PValue::s(partition)}, {"KeyType", PValue::s("HASH")}})};
    if (!sort_key.empty()) {
      attributes.push_back(PValue::object({{"AttributeName", PValue::s(sort_key)},
                                           {"AttributeType", PValue::s(attributeType(lowering::text(o, "sort_type")))}}));
      keys.push_back(PValue::object({{"AttributeName", PValue::s(sort_key)}, {"KeyType", PValue::s("RANGE")}}));
    }
    t.properties = {{"TableName", ctx.name(o, "table")},
                    {"BillingMode", PValue::s(on_demand ? "PAY_PER_REQUEST" : "PROVISIONED")},
                    {"AttributeDefinitions", PValue::list(std::move(attributes))},
                    {"KeySchema", PValue::list(std::move(keys))}};
    if (!on_demand)
      t.properties.emplace_back("ProvisionedThroughput",
                                PValue::object({{"ReadCapacityUnits", PValue::i(lowering::integer(o, "read_capacity"))},
                                                {"WriteCapacityUnits", PValue::i(lowering::integer(o, "write_capacity"))}}));
    t.properties.emplace_back("PointInTimeRecoverySpecification",
                              PValue::object({{"PointInTimeRecoveryEnabled", PValue::b(lowering::flag(o, "point_in_time_recovery"))}}));
    model::Fields sse = {{"SSEEnabled", PValue::b(true)}};
    if (const ir::Object* key = ctx.objectOrNull(o.field("key"))) {
      sse.emplace_back("SSEType", PValue::s("KMS"));
      sse.emplace_back("KMSMasterKeyId", ctx.attribute(*key, "arn"));
    }
    t.properties.emplace_back("SSESpecification", PValue::object(std::move(sse)));
    if (std::string ttl = lowering::text(o, "ttl_attribute"); !ttl.empty())
      t.properties.emplace_back("TimeToLiveSpecification",
                                PValue::object({{"AttributeName", PValue::s(ttl)}, {"Enabled", PValue::b(true)}}));
    t.properties.emplace_back("DeletionProtectionEnabled", PValue::b(false));
    t.properties.emplace_back("Tags", ctx.tags());
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    // Ref of a table is its name.
    return attr == "name" ? PValue::refTo(Context::id(o, "table")) : PValue::refTo(Context::id(o, "table"), "Arn");
  };
  return k;
}

}  // namespace migc::cfn
