// The security group of an application deployed outside this program: the
// group, HTTPS egress unless turned off, and the rule pair for every
// database that lists it in `clients` (egress from the group, ingress on the
// database's group). Nothing else may reach or leave through it until the
// application's owners add their own rules (e.g. from their load balancer).
#include "aws/kinds.h"

namespace migc::aws {

void databaseClientRules(Context& ctx, const ir::Object& client, const std::string& group, const std::string& who);

KindLowering securityGroupKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    const ir::Object& network = ctx.object(lowering::field(o, "network"));
    const ir::Value& description = lowering::field(o, "description");
    model::Resource& sg = ctx.add("aws_security_group", Context::id(o, "sg"), o);
    sg.properties = {{"name", ctx.name(o, "sg")},
                     {"description", description.kind == ir::Value::Kind::Null ? PValue::s("Application group " + o.name)
                                                                               : ctx.value(description)},
                     {"vpc_id", ctx.attribute(network, "id")},
                     {"tags", ctx.tags()}};
    if (lowering::flag(o, "https_egress")) {
      model::Resource& https = ctx.add("aws_vpc_security_group_egress_rule", Context::id(o, "https"), o);
      https.properties = {{"security_group_id", securityGroupRef(o, "sg")},
                          {"description", PValue::s("HTTPS to image registries and AWS APIs")},
                          {"ip_protocol", PValue::s("tcp")},
                          {"from_port", PValue::i(443)},
                          {"to_port", PValue::i(443)},
                          {"cidr_ipv4", PValue::s("0.0.0.0/0")}};
    }
    databaseClientRules(ctx, o, "sg", "security group " + o.name);
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view) { return securityGroupRef(o, "sg"); };
  return k;
}

}  // namespace migc::aws
