// The security group of an application deployed outside this program: the
// group, HTTPS egress unless turned off, and the rule pair for every
// database that lists it in `clients` (egress from the group, ingress on the
// database's group). Nothing else may reach or leave through it until the
// application's owners add their own rules (e.g. from their load balancer).
#include "lower/common.h"
#include "lower/database_access.h"
#include "lower/registry.h"

namespace migc::lower {

template <>
KindLowering lowering<kind::security_group>() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    fields::SecurityGroup g(o);
    const ir::Object& network = ctx.object(g.network());
    securityGroup(ctx, o, "sg", ctx.name(o, "app-sg"),
                  g.description().present() ? ctx.value(g.description()) : PValue::s("Application group " + o.name),
                  ctx.attribute(network, "id"));
    if (g.https_egress().constant())
      securityGroupRule(ctx, o, false, Context::id(o, "https"), securityGroupRef(o, "sg"),
                        "HTTPS to image registries and AWS APIs", PValue::i(443), "cidr_ipv4", PValue::s("0.0.0.0/0"));
    databaseClientRules(ctx, o, "sg", "security group " + o.name);
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view) { return securityGroupRef(o, "sg"); };
  return k;
}

}  // namespace migc::lower
