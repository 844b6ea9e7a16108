#include "sema/kinds/kind_helpers.h"

namespace migc::sema {
using namespace kinds;

const KindSchema& networkSchema() {
  static const KindSchema schema = [] {
    KindSchema s{"network", "A VPC with private (and optionally public) subnets spread over availability zones.", {}, {}};
    constant(s.field("cidr", types::string(), "The VPC's IPv4 CIDR block; subnets are carved from it.")).default_value = str("10.0.0.0/16");
    FieldSchema& zones = constant(s.field("zones", types::integer(), "How many availability zones the subnets span."));
    zones.default_value = ir::Value::ofInt(3);
    zones.min = 2;
    zones.max = 6;
    constant(s.field("public_subnets", types::boolean(), "Also create public subnets with an internet gateway.")).default_value = ir::Value::ofBool(false);
    s.field("onprem_cidrs", types::listOf(types::string()), "On-premises address ranges that may reach the databases (via VPN or Direct Connect).")
        .default_value = emptyList();
    s.field("nat", types::oneOf({"none", "single", "per_zone"}),
            "Outbound internet access for the private subnets: none, one NAT gateway for the network (single, the "
            "cost-optimised choice) or one per zone (per_zone, survives a zone outage). Needs public_subnets.")
        .default_value = enumValue("none");
    s.field("endpoints", types::listOf(types::oneOf({"s3", "dynamodb"})),
            "VPC gateway endpoints (free) routed from the private subnets, so S3 and DynamoDB traffic bypasses NAT.")
        .default_value = emptyList();
    s.attribute("id", types::string(), "The VPC id.");
    s.attribute("private_subnet_ids", types::listOf(types::string()), "Private subnet ids, one per zone.");
    return s;
  }();
  return schema;
}

}  // namespace migc::sema
