// The security group of an application this program does not deploy (seed
// 001: the application's ECS tasks are deployed by its own team, but the
// database must admit exactly them). The group is created in the network and
// exported by id; the application attaches it to its tasks or instances, and
// a `cluster` or `database` admits it by listing it in `clients`. A service
// declared in this program needs no such group: its tasks have their own.
#include "sema/kinds/kind_helpers.h"

namespace migc::sema {
using namespace kinds;

const KindSchema& securityGroupSchema() {
  static const KindSchema schema = [] {
    KindSchema s{"security_group",
                 "The security group of an application deployed outside this program (its id is exported for it); "
                 "a cluster or database admits it by listing it in `clients`.",
                 {}, {}};
    required(s.field("network", types::ref("network"), "The network (VPC) the group belongs to."));
    s.field("description", types::string(), "What the group is for (the group's description, fixed once created).");
    constant(s.field("https_egress", types::boolean(),
            "Allow HTTPS to anywhere (image registries, AWS APIs), as an ECS task in a private subnet needs."))
        .default_value = ir::Value::ofBool(true);
    s.attribute("id", types::string(), "The security group id, for the application's task or instance settings.");
    return s;
  }();
  return schema;
}

}  // namespace migc::sema
