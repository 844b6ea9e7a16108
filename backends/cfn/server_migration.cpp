// MGN in CloudFormation: the staging security group and the EC2 launch
// template, as in the Terraform shape. cfn-lint 1.51's schemas have no
// AWS::MGN::* type at all (seed-matrix §2.2), so the replication settings
// and service initialisation are reported by checks/server_migration.cpp.
#include "cfn/kinds.h"

namespace migc::cfn {

KindLowering serverMigrationKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    const ir::Object& network = ctx.object(lowering::field(o, "network"));
    std::string source = lowering::text(o, "source_server");

    model::Resource& staging = ctx.add("AWS::EC2::SecurityGroup", Context::id(o, "staging_sg"), o);
    staging.properties = {{"GroupName", ctx.name(o, "mgn-staging-sg")},
                          {"GroupDescription", PValue::s("MGN replication servers for " + source)},
                          {"VpcId", ctx.attribute(network, "id")},
                          {"Tags", ctx.tags()}};
    int n = 0;
    for (const ir::Value& cidr : lowering::field(network, "onprem_cidrs").items) {
      model::Resource& rule = ctx.add("AWS::EC2::SecurityGroupIngress", Context::id(o, "agent_" + std::to_string(++n)), o);
      rule.properties = {{"GroupId", groupId(o, "staging_sg")},
                         {"Description", PValue::s("MGN agent replication data from " + cidr.text)},
                         {"IpProtocol", PValue::s("tcp")},
                         {"FromPort", PValue::i(1500)},
                         {"ToPort", PValue::i(1500)},
                         {"CidrIp", PValue::s(cidr.text)}};
    }
    model::Resource& https = ctx.add("AWS::EC2::SecurityGroupEgress", Context::id(o, "staging_https"), o);
    https.properties = {{"GroupId", groupId(o, "staging_sg")},
                        {"Description", PValue::s("HTTPS to the MGN, EC2 and S3 endpoints")},
                        {"IpProtocol", PValue::s("tcp")},
                        {"FromPort", PValue::i(443)},
                        {"ToPort", PValue::i(443)},
                        {"CidrIp", PValue::s("0.0.0.0/0")}};

    model::Resource& launch_sg = ctx.add("AWS::EC2::SecurityGroup", Context::id(o, "launch_sg"), o);
    launch_sg.properties = {{"GroupName", ctx.name(o, "mgn-launch-sg")},
                            {"GroupDescription", PValue::s("Test and cutover instances of " + source)},
                            {"VpcId", ctx.attribute(network, "id")},
                            {"Tags", ctx.tags()}};
    model::Resource& lt = ctx.add("AWS::EC2::LaunchTemplate", Context::id(o, "launch"), o);
    lt.properties = {
        {"LaunchTemplateName", ctx.name(o, "mgn-launch")},
        {"LaunchTemplateData",
         PValue::object({{"InstanceType", PValue::s(lowering::text(o, "launch.instance_type"))},
                         {"SecurityGroupIds", PValue::list({groupId(o, "launch_sg")})},
                         {"MetadataOptions", PValue::object({{"HttpEndpoint", PValue::s("enabled")},
                                                             {"HttpTokens", PValue::s("required")}})},
                         {"TagSpecifications", PValue::list({PValue::object({{"ResourceType", PValue::s("instance")},
                                                                             {"Tags", ctx.tags()}})})}})},
        {"TagSpecifications",
         PValue::list({PValue::object({{"ResourceType", PValue::s("launch-template")}, {"Tags", ctx.tags()}})})}};
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    if (attr == "staging_security_group_id") return groupId(o, "staging_sg");
    return PValue::refTo(Context::id(o, "launch"));
  };
  return k;
}

}  // namespace migc::cfn
