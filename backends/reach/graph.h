// The network the lowering wrote, as a graph the path checks query: security
// groups and their rules, subnets and the route tables they use (NAT and
// internet gateway routes, VPN route propagation and the VPN's static
// routes), and VPC endpoints. Built from one target's view of the model
// (Terraform's: the neutral vocabulary, OnlyFor values resolved). A value
// migc cannot know at compile time (a param as a port or a CIDR) counts as
// matching: the analysis reports only paths the model proves missing.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/resource.h"
#include "reach/cidr.h"

namespace migc::reach {

// Where traffic goes: a security group's members, or an address block.
struct Peer {
  std::string group;          // a security group id, or ""
  std::optional<Cidr> cidr;   // when group is ""; nullopt with group "" = unknown (matches)
};

// Something that opens connections: its security groups and the subnets it
// may be placed in, and the `when` flag it exists under ("" = always).
struct Workload {
  std::vector<std::string> groups;
  std::vector<std::string> subnets;
  std::string condition;
  std::string vpc;  // the VPC of its first group
};

class Graph {
 public:
  // `view` must outlive the graph.
  explicit Graph(const model::Stack& view);

  const model::Resource* find(std::string_view id) const;
  // The resources of one type, in model order.
  const std::vector<const model::Resource*>& ofType(std::string_view type) const;
  // The resources `owner` (a declaration's name) made of `type`, in order.
  std::vector<const model::Resource*> owned(std::string_view owner, std::string_view type) const;
  // A resource exists whenever a consumer under `condition` does.
  static bool present(const model::Resource& r, const std::string& condition) {
    return r.condition.empty() || r.condition == condition;
  }

  // A workload from a resource's security-group and subnet properties.
  Workload workload(const model::Resource& r, std::string_view groups_key, std::vector<std::string> subnets) const;
  // The resource ids a list property (of Refs) names.
  static std::vector<std::string> refs(const model::PValue& list);
  static const model::PValue* property(const model::Resource& r, std::string_view key);

  std::string vpcOfGroup(std::string_view group) const;
  std::string vpcOfSubnet(std::string_view subnet) const;
  std::optional<Cidr> vpcCidr(std::string_view vpc) const;

  // An egress rule of one of `from`'s groups to `to` on `port` (nullopt: any).
  const model::Resource* egress(const Workload& from, const Peer& to, std::optional<int64_t> port) const;
  // An ingress rule of `group` admitting one of `from`'s groups (or a block
  // holding its VPC) on `port`; `condition` as for present().
  const model::Resource* ingress(std::string_view group, const Workload& from, std::optional<int64_t> port,
                                 const std::string& condition) const;

  // How `subnet` routes to `destination` ("local", "nat", "internet
  // gateway", "vpn"), or "" when its route table has no route there. A
  // private address is not reached through a NAT or internet gateway.
  std::string route(std::string_view subnet, const Cidr& destination, const std::string& condition) const;
  // The route table `subnet` uses, or "" (the VPC's main table: local only).
  std::string routeTable(std::string_view subnet, const std::string& condition) const;
  // A VPN gateway attached to `vpc` (present for `condition`), or null.
  const model::Resource* vpnGateway(std::string_view vpc, const std::string& condition) const;

  // Interface endpoints of `vpc` for the AWS service `service` ("secretsmanager").
  std::vector<const model::Resource*> interfaceEndpoints(std::string_view vpc, std::string_view service) const;

 private:
  struct Rule {
    const model::Resource* resource;
    bool ingress;
    std::string group;
    std::optional<int64_t> from_port, to_port;
    Peer peer;
  };
  bool portMatches(const Rule& r, std::optional<int64_t> port) const;
  bool peerHoldsVpc(const Peer& peer, std::string_view vpc) const;

  std::unordered_map<std::string, const model::Resource*> by_id_;
  std::unordered_map<std::string, std::vector<const model::Resource*>> by_type_;
  std::vector<Rule> rules_;
};

}  // namespace migc::reach
