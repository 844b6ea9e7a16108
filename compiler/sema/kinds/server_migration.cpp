// A server moved by AWS Application Migration Service (MGN). No target has
// resources for MGN itself (seed-matrix §2.2): what the schema describes is
// lowered where a target can (staging security group, launch template for
// test and cutover instances) and reported with MIG303x with the exact CLI
// steps where it cannot (checks/server_migration.cpp).
#include "sema/kinds/kind_helpers.h"

namespace migc::sema {
using namespace kinds;

const KindSchema& serverMigrationSchema() {
  static const KindSchema schema = [] {
    static const KindSchema launch = [] {
      KindSchema b{"launch", "How test and cutover instances are launched (an EC2 launch template).", {}, {}};
      b.field("instance_type", types::string(), "EC2 instance type of the test and cutover instances.")
          .default_value = str("t3.medium");
      return b;
    }();
    KindSchema s{"server_migration",
                 "A server replicated to AWS by Application Migration Service (MGN): staging area and replication "
                 "settings, and the launch template for test and cutover instances.",
                 {},
                 {}};
    required(s.field("source_server", types::string(), "The on-premises host name, as the MGN agent registers it."));
    required(s.field("network", types::ref("network"),
                     "The network whose first private subnet is the staging area and whose subnets host launched instances."));
    FieldSchema& replication = s.field("replication_instance_type", types::string(), "EC2 instance type of the replication servers.");
    replication.default_value = str("t3.small");
    replication.manual_step = "MIG3030";  // the replication template: no resource in any target
    s.field("key", types::ref("key"), "The KMS key that encrypts the staging disks (default: the AWS-managed EBS key).");
    s.field("launch", types::block(launch), "Launch settings of the test and cutover instances.").default_value = emptyMap();
    s.attribute("launch_template_id", types::string(), "The launch template of the test and cutover instances.");
    s.attribute("staging_security_group_id", types::string(), "The replication servers' security group.");
    return s;
  }();
  return schema;
}

}  // namespace migc::sema
