#include "lower/common.h"

namespace migc::lower {
namespace {

PValue subnets(const ir::Object& network, const char* kind) {
  std::vector<PValue> ids;
  for (int64_t i = 0; i < fields::Network(network).zones().constant(); ++i)
    ids.push_back(PValue::refTo(Context::id(network, kind + std::to_string(i + 1)), "id"));
  return PValue::list(std::move(ids));
}

}  // namespace

PValue securityGroupRef(const ir::Object& owner, std::string_view role) {
  return PValue::refTo(Context::id(owner, role), "id");
}

PValue subnetIds(const ir::Object& network) { return subnets(network, "private_"); }
PValue publicSubnetIds(const ir::Object& network) { return subnets(network, "public_"); }

PValue zone(const Context& ctx, int64_t index) {
  std::string region = ctx.currentRegion();
  // CloudFormation picks the stack region's index-th zone at deploy time, so
  // the template holds no account-specific zone names.
  return PValue::perTarget(
      Targets::CloudFormation, "CloudFormation selects the zone from Fn::GetAZs",
      PValue::object({{"Fn::Select", PValue::list({PValue::i(index), PValue::object({{"Fn::GetAZs", PValue::s("")}})})}}),
      PValue::s((region.empty() ? std::string("us-east-1") : region) + char('a' + index)));
}

model::Resource& securityGroup(Context& ctx, const ir::Object& owner, std::string_view role, PValue name,
                               PValue description, PValue vpc_id) {
  model::Resource& sg = ctx.add("aws_security_group", Context::id(owner, role), owner);
  sg.properties = {
      {"name", std::move(name)},
      {"description", std::move(description)},
      {"vpc_id", std::move(vpc_id)},
      // The AWS CDK's `allowAllOutbound: false` writes the same rule.
      {"security_group_egress",
       PValue::onlyFor(Targets::CloudFormation,
                       "CloudFormation keeps AWS's default allow-all egress rule unless the group lists egress rules "
                       "itself: one that matches no traffic (ICMP type 252 code 86 to 255.255.255.255/32) replaces "
                       "it; Terraform's aws_security_group removes the default rule",
                       PValue::list({PValue::block({{"cidr_ip", PValue::s("255.255.255.255/32")},
                                                    {"description", PValue::s("Disallow all traffic")},
                                                    {"ip_protocol", PValue::s("icmp")},
                                                    {"from_port", PValue::i(252)},
                                                    {"to_port", PValue::i(86)}})}))},
      {"tags", ctx.tags(&owner)}};
  return sg;
}

model::Resource& securityGroupRule(Context& ctx, const ir::Object& owner, bool ingress, std::string id, PValue group,
                                   PValue description, PValue port, std::string peer_key, PValue peer) {
  model::Resource& r = ctx.add(ingress ? "aws_vpc_security_group_ingress_rule" : "aws_vpc_security_group_egress_rule",
                               std::move(id), owner);
  r.properties = {{"security_group_id", std::move(group)},
                  {"description", std::move(description)},
                  {"ip_protocol", PValue::s("tcp")},
                  {"from_port", port},
                  {"to_port", port},
                  {std::move(peer_key), std::move(peer)},
                  // Taggable in Terraform and Pulumi; CloudFormation's rule types
                  // take no tags (note MIG3039 names them).
                  {"tags", ctx.tags(&owner)}};
  return r;
}

std::string arnPrefix(const Context& ctx) { return "arn:" + Context::partitionOf(ctx.currentRegion()) + ":"; }

}  // namespace migc::lower
