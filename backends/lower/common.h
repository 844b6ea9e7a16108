// What several kinds' lowerings share: references to the network pieces a
// declaration is placed in, and the zone of the i-th subnet.
#pragma once

#include "lower/context.h"

namespace migc::lower {

// The security group a declaration owns under `role` ("sg", "tasks_sg").
PValue securityGroupRef(const ir::Object& owner, std::string_view role);
// The ids of a network's private (or public) subnets, one per zone.
PValue subnetIds(const ir::Object& network);
PValue publicSubnetIds(const ir::Object& network);
// The index-th availability zone of the region of the object being lowered.
PValue zone(const Context& ctx, int64_t index);
// A security group of `owner` (role "sg", "tasks_sg", ...). Its rules are
// separate resources, and nothing leaves it but what they allow: Terraform's
// aws_security_group removes AWS's default allow-all egress rule, and in
// CloudFormation an egress rule that matches no traffic does the same.
model::Resource& securityGroup(Context& ctx, const ir::Object& owner, std::string_view role, PValue name,
                               PValue description, PValue vpc_id);
// One rule of a security group (`group`, a reference to its id): tcp from
// `port` to `port`, from (ingress) or to (egress) `peer_key` =
// `peer` (referenced_security_group_id or cidr_ipv4).
model::Resource& securityGroupRule(Context& ctx, const ir::Object& owner, bool ingress, std::string id, PValue group,
                                   PValue description, PValue port, std::string peer_key, PValue peer);
inline model::Resource& securityGroupRule(Context& ctx, const ir::Object& owner, bool ingress, std::string id,
                                          PValue group, std::string description, PValue port, std::string peer_key,
                                          PValue peer) {
  return securityGroupRule(ctx, owner, ingress, std::move(id), std::move(group), PValue::s(std::move(description)),
                           std::move(port), std::move(peer_key), std::move(peer));
}
// The ARN prefix of the partition the object being lowered is in:
// "arn:aws:", "arn:aws-cn:", ...
std::string arnPrefix(const Context& ctx);

}  // namespace migc::lower
