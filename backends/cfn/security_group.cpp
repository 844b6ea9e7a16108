// The security group of an application deployed outside this program, in
// CloudFormation: egress is inline (a group created without it keeps the
// default allow-all egress), the database ingress rules are separate
// resources owned by the databases that list the group in `clients`.
#include "cfn/kinds.h"

namespace migc::cfn {

std::vector<PValue> databaseClientRules(Context& ctx, const ir::Object& client, const std::string& group,
                                        const std::string& who);

KindLowering securityGroupKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    const ir::Object& network = ctx.object(lowering::field(o, "network"));
    const ir::Value& description = lowering::field(o, "description");
    std::vector<PValue> egress;
    if (lowering::flag(o, "https_egress"))
      egress.push_back(PValue::object({{"Description", PValue::s("HTTPS to image registries and AWS APIs")},
                                       {"IpProtocol", PValue::s("tcp")},
                                       {"FromPort", PValue::i(443)},
                                       {"ToPort", PValue::i(443)},
                                       {"CidrIp", PValue::s("0.0.0.0/0")}}));
    for (PValue& rule : databaseClientRules(ctx, o, "sg", "security group " + o.name)) egress.push_back(std::move(rule));
    model::Fields props = {{"GroupName", ctx.name(o, "sg")},
                           {"GroupDescription", description.kind == ir::Value::Kind::Null
                                                    ? PValue::s("Application group " + o.name)
                                                    : ctx.value(description)},
                           {"VpcId", ctx.attribute(network, "id")}};
    if (!egress.empty()) props.emplace_back("SecurityGroupEgress", PValue::list(std::move(egress)));
    props.emplace_back("Tags", ctx.tags());
    ctx.add("AWS::EC2::SecurityGroup", Context::id(o, "sg"), o).properties = std::move(props);
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view) { return groupId(o, "sg"); };
  return k;
}

}  // namespace migc::cfn
