// The parts of an MGN server migration a stack can hold: the replication
// servers' security group in the staging area (agent data in on TCP 1500
// from the on-premises ranges, HTTPS out to the MGN and S3 endpoints) and
// the launch template of the test and cutover instances. The replication
// configuration template and the service initialisation have no resource;
// checks/server_migration.cpp reports them with the CLI steps (MIG3030-3032).
#include "lower/common.h"
#include "lower/registry.h"

namespace migc::lower {

template <>
KindLowering lowering<kind::server_migration>() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    fields::ServerMigration m(o);
    const ir::Object& network = ctx.object(m.network());
    PValue source = ctx.value(m.source_server());

    securityGroup(ctx, o, "staging_sg", ctx.name(o, "mgn-staging-sg"), Context::text({PValue::s("MGN replication servers for "), source}),
                  ctx.attribute(network, "id"));
    int n = 0;
    for (const ir::typed::Text& c : fields::Network(network).onprem_cidrs().items()) {
      PValue cidr = ctx.value(c);
      securityGroupRule(ctx, o, true, Context::id(o, "agent_" + std::to_string(++n)), securityGroupRef(o, "staging_sg"),
                        Context::text({PValue::s("MGN agent replication data from "), cidr}), PValue::i(1500), "cidr_ipv4",
                        cidr);
    }
    securityGroupRule(ctx, o, false, Context::id(o, "staging_https"), securityGroupRef(o, "staging_sg"),
                      "HTTPS to the MGN, EC2 and S3 endpoints", PValue::i(443), "cidr_ipv4", PValue::s("0.0.0.0/0"));

    // Launched instances get no ingress here: what the application needs
    // (load balancer, bastion) is added next to it.
    securityGroup(ctx, o, "launch_sg", ctx.name(o, "mgn-launch-sg"), Context::text({PValue::s("Test and cutover instances of "), source}),
                  ctx.attribute(network, "id"));
    ctx.add("aws_launch_template", Context::id(o, "launch"), o).properties = {
        {"name", ctx.name(o, "mgn-launch")},
        {"description", Context::text({PValue::s("MGN test and cutover instances of "), source})},
        {"instance_type", ctx.value(m.launch().instance_type())},
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

}  // namespace migc::lower
