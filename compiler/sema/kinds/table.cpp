#include "sema/kinds/kind_helpers.h"

namespace migc::sema {
using namespace kinds;

// A DynamoDB table for migration state (seed 002): on-demand, point-in-time
// recovery on, encrypted, deletable with the stack.
const KindSchema& tableSchema() {
  static const KindSchema schema = [] {
    KindSchema s{"table", "A DynamoDB table.", {}, {}};
    required(s.field("partition_key", types::string(), "The partition (hash) key attribute name."));
    s.field("partition_type", types::oneOf({"string", "number", "binary"}), "The partition key's type.").default_value =
        enumValue("string");
    s.field("sort_key", types::string(), "The sort (range) key attribute name; none when omitted.");
    s.field("sort_type", types::oneOf({"string", "number", "binary"}), "The sort key's type.").default_value =
        enumValue("string");
    s.field("billing", types::oneOf({"on_demand", "provisioned"}),
            "on_demand (PAY_PER_REQUEST) or provisioned capacity.").default_value = enumValue("on_demand");
    FieldSchema& reads = s.field("read_capacity", types::integer(), "Read capacity units (provisioned billing only).");
    reads.default_value = ir::Value::ofInt(5);
    reads.min = 1;
    FieldSchema& writes = s.field("write_capacity", types::integer(), "Write capacity units (provisioned billing only).");
    writes.default_value = ir::Value::ofInt(5);
    writes.min = 1;
    s.field("point_in_time_recovery", types::boolean(), "Continuous backups for point-in-time restore.").default_value =
        ir::Value::ofBool(true);
    s.field("key", types::ref("key"), "The KMS key for server-side encryption; the AWS owned key when omitted.");
    s.field("ttl_attribute", types::string(), "The attribute holding each item's expiry time; no TTL when omitted.");
    s.attribute("arn", types::string(), "The table ARN.");
    s.attribute("name", types::string(), "The table name.");
    return s;
  }();
  return schema;
}

}  // namespace migc::sema
