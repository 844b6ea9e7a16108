// The parts of an MGN server migration a Terraform/Pulumi-AWS stack can
// hold: the replication servers' security group in the staging area (agent
// data in on TCP 1500 from the on-premises ranges, HTTPS out to the MGN and
// S3 endpoints) and the launch template of the test and cutover instances.
// The replication configuration template and the service initialisation
// have no resource (seed-matrix §2.2); checks/server_migration.cpp reports
// them with the CLI steps (MIG3030-3032).
#include "aws/kinds.h"

namespace migc::aws {

KindLowering serverMigrationKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    const ir::Object& network = ctx.object(lowering::field(o, "network"));
    std::string source = lowering::text(o, "source_server");

    model::Resource& staging = ctx.add("aws_security_group", Context::id(o, "staging_sg"), o);
    staging.properties = {{"name", ctx.name(o, "mgn-staging-sg")},
                          {"description", PValue::s("MGN replication servers for " + source)},
                          {"vpc_id", ctx.attribute(network, "id")},
                          {"tags", ctx.tags()}};
    int n = 0;
    for (const ir::Value& cidr : lowering::field(network, "onprem_cidrs").items) {
      model::Resource& rule = ctx.add("aws_vpc_security_group_ingress_rule", Context::id(o, "agent_" + std::to_string(++n)), o);
      rule.properties = {{"security_group_id", securityGroupRef(o, "staging_sg")},
                         {"description", PValue::s("MGN agent replication data from " + cidr.text)},
                         {"ip_protocol", PValue::s("tcp")},
                         {"from_port", PValue::i(1500)},
                         {"to_port", PValue::i(1500)},
                         {"cidr_ipv4", PValue::s(cidr.text)}};
    }
    model::Resource& https = ctx.add("aws_vpc_security_group_egress_rule", Context::id(o, "staging_https"), o);
    https.properties = {{"security_group_id", securityGroupRef(o, "staging_sg")},
                        {"description", PValue::s("HTTPS to the MGN, EC2 and S3 endpoints")},
                        {"ip_protocol", PValue::s("tcp")},
                        {"from_port", PValue::i(443)},
                        {"to_port", PValue::i(443)},
                        {"cidr_ipv4", PValue::s("0.0.0.0/0")}};

    // Launched instances get no ingress here: what the application needs
    // (load balancer, bastion) is added next to it.
    model::Resource& launch_sg = ctx.add("aws_security_group", Context::id(o, "launch_sg"), o);
    launch_sg.properties = {{"name", ctx.name(o, "mgn-launch-sg")},
                            {"description", PValue::s("Test and cutover instances of " + source)},
                            {"vpc_id", ctx.attribute(network, "id")},
                            {"tags", ctx.tags()}};
    model::Resource& lt = ctx.add("aws_launch_template", Context::id(o, "launch"), o);
    lt.properties = {
        {"name", ctx.name(o, "mgn-launch")},
        {"description", PValue::s("MGN test and cutover instances of " + source)},
        {"instance_type", PValue::s(lowering::text(o, "launch.instance_type"))},
        {"vpc_security_group_ids", PValue::list({securityGroupRef(o, "launch_sg")})},
        // IMDSv2 only on the migrated server.
        {"metadata_options", PValue::block({{"http_endpoint", PValue::s("enabled")}, {"http_tokens", PValue::s("required")}})},
        {"tag_specifications", PValue::block({{"resource_type", PValue::s("instance")}, {"tags", ctx.tags()}})},
        {"tags", ctx.tags()}};
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    if (attr == "staging_security_group_id") return securityGroupRef(o, "staging_sg");
    return PValue::refTo(Context::id(o, "launch"), "id");
  };
  return k;
}

}  // namespace migc::aws
