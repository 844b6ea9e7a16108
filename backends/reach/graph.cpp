#include "reach/graph.h"

#include <algorithm>

namespace migc::reach {
namespace {

using model::PValue;

// The resource a Ref names ("" for anything else).
std::string refId(const PValue* v) { return v && v->kind == PValue::Kind::Ref ? v->ref : std::string(); }

std::optional<int64_t> intOf(const PValue* v) {
  if (v && v->kind == PValue::Kind::Int) return v->integer;
  return std::nullopt;
}

// A CIDR written as a string; a param or reference is unknown (nullopt).
std::optional<Cidr> cidrOf(const PValue* v) {
  if (v && v->kind == PValue::Kind::String) return Cidr::parse(v->text);
  return std::nullopt;
}

bool isString(const PValue* v) { return v && v->kind == PValue::Kind::String; }

}  // namespace

Graph::Graph(const model::Stack& view) {
  for (const model::Resource& r : view.resources) {
    by_id_.emplace(r.id, &r);
    by_type_[r.type].push_back(&r);
  }
  for (const model::Resource& r : view.resources) {
    bool ingress = r.type == "aws_vpc_security_group_ingress_rule";
    if (!ingress && r.type != "aws_vpc_security_group_egress_rule") continue;
    Rule rule{&r, ingress, refId(property(r, "security_group_id")), intOf(property(r, "from_port")),
              intOf(property(r, "to_port")), {}};
    if (const PValue* g = property(r, "referenced_security_group_id")) rule.peer.group = refId(g);
    // A block that is not a literal (a param) stays unknown: it matches.
    if (const PValue* c = property(r, "cidr_ipv4"); isString(c)) rule.peer.cidr = cidrOf(c);
    rules_.push_back(std::move(rule));
  }
}

const model::PValue* Graph::property(const model::Resource& r, std::string_view key) {
  for (const auto& [k, v] : r.properties)
    if (k == key) return &v;
  return nullptr;
}

std::vector<std::string> Graph::refs(const model::PValue& list) {
  std::vector<std::string> out;
  if (list.kind == PValue::Kind::Ref) out.push_back(list.ref);
  for (const PValue& item : list.items)
    if (item.kind == PValue::Kind::Ref) out.push_back(item.ref);
  return out;
}

const std::vector<const model::Resource*>& Graph::ofType(std::string_view type) const {
  static const std::vector<const model::Resource*> kNone;
  auto it = by_type_.find(std::string(type));
  return it == by_type_.end() ? kNone : it->second;
}

const model::Resource* Graph::find(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? nullptr : it->second;
}

std::vector<const model::Resource*> Graph::owned(std::string_view owner, std::string_view type) const {
  std::vector<const model::Resource*> out;
  for (const model::Resource* r : ofType(type))
    if (r->owner == owner) out.push_back(r);
  return out;
}

Workload Graph::workload(const model::Resource& r, std::string_view groups_key, std::vector<std::string> subnets) const {
  Workload w;
  if (const PValue* g = property(r, groups_key)) w.groups = refs(*g);
  w.subnets = std::move(subnets);
  w.condition = r.condition;
  if (!w.groups.empty()) w.vpc = vpcOfGroup(w.groups.front());
  return w;
}

std::string Graph::vpcOfGroup(std::string_view group) const {
  const model::Resource* g = find(group);
  return g ? refId(property(*g, "vpc_id")) : std::string();
}

std::string Graph::vpcOfSubnet(std::string_view subnet) const {
  const model::Resource* s = find(subnet);
  return s ? refId(property(*s, "vpc_id")) : std::string();
}

std::optional<Cidr> Graph::vpcCidr(std::string_view vpc) const {
  const model::Resource* v = find(vpc);
  return v ? cidrOf(property(*v, "cidr_block")) : std::nullopt;
}

bool Graph::portMatches(const Rule& r, std::optional<int64_t> port) const {
  if (!port || !r.from_port || !r.to_port) return true;  // not known at compile time
  return *r.from_port <= *port && *port <= *r.to_port;
}

// A CIDR rule holding the whole VPC (0.0.0.0/0 does) reaches a group's members.
bool Graph::peerHoldsVpc(const Peer& peer, std::string_view vpc) const {
  if (!peer.group.empty()) return false;
  if (!peer.cidr) return true;  // unknown
  std::optional<Cidr> block = vpcCidr(vpc);
  return !block || peer.cidr->covers(*block);
}

const model::Resource* Graph::egress(const Workload& from, const Peer& to, std::optional<int64_t> port) const {
  for (const Rule& r : rules_) {
    if (r.ingress || !present(*r.resource, from.condition) || !portMatches(r, port)) continue;
    if (std::find(from.groups.begin(), from.groups.end(), r.group) == from.groups.end()) continue;
    if (!to.group.empty()) {
      if (r.peer.group == to.group || peerHoldsVpc(r.peer, vpcOfGroup(to.group))) return r.resource;
    } else if (r.peer.group.empty() && (!r.peer.cidr || !to.cidr || r.peer.cidr->covers(*to.cidr))) {
      return r.resource;
    }
  }
  return nullptr;
}

const model::Resource* Graph::ingress(std::string_view group, const Workload& from, std::optional<int64_t> port,
                                      const std::string& condition) const {
  for (const Rule& r : rules_) {
    if (!r.ingress || r.group != group || !present(*r.resource, condition) || !portMatches(r, port)) continue;
    if (std::find(from.groups.begin(), from.groups.end(), r.peer.group) != from.groups.end()) return r.resource;
    if (peerHoldsVpc(r.peer, from.vpc)) return r.resource;
  }
  return nullptr;
}

std::string Graph::routeTable(std::string_view subnet, const std::string& condition) const {
  for (const model::Resource* r : ofType("aws_route_table_association"))
    if (present(*r, condition) && refId(property(*r, "subnet_id")) == subnet) return refId(property(*r, "route_table_id"));
  return {};
}

const model::Resource* Graph::vpnGateway(std::string_view vpc, const std::string& condition) const {
  for (const model::Resource* r : ofType("aws_vpn_gateway_attachment"))
    if (present(*r, condition) && refId(property(*r, "vpc_id")) == vpc) return find(refId(property(*r, "vpn_gateway_id")));
  return nullptr;
}

std::string Graph::route(std::string_view subnet, const Cidr& destination, const std::string& condition) const {
  std::string vpc = vpcOfSubnet(subnet);
  if (std::optional<Cidr> block = vpcCidr(vpc); block && block->covers(destination)) return "local";
  std::string table = routeTable(subnet, condition);
  if (table.empty()) return {};
  if (!destination.isPrivate())
    for (const model::Resource* r : ofType("aws_route")) {
      if (!present(*r, condition) || refId(property(*r, "route_table_id")) != table) continue;
      std::optional<Cidr> to = cidrOf(property(*r, "destination_cidr_block"));
      if (to && !to->covers(destination)) continue;
      if (property(*r, "nat_gateway_id")) return "nat";
      if (property(*r, "gateway_id")) return "internet gateway";
    }
  // A VPN gateway propagating into the table routes its connections' static routes.
  for (const model::Resource* p : ofType("aws_vpn_gateway_route_propagation")) {
    if (!present(*p, condition) || refId(property(*p, "route_table_id")) != table) continue;
    std::string gateway = refId(property(*p, "vpn_gateway_id"));
    for (const model::Resource* c : ofType("aws_vpn_connection")) {
      if (!present(*c, condition) || refId(property(*c, "vpn_gateway_id")) != gateway) continue;
      for (const model::Resource* s : ofType("aws_vpn_connection_route")) {
        if (!present(*s, condition) || refId(property(*s, "vpn_connection_id")) != c->id) continue;
        std::optional<Cidr> to = cidrOf(property(*s, "destination_cidr_block"));
        if (!to || to->covers(destination)) return "vpn";
      }
    }
  }
  return {};
}

std::vector<const model::Resource*> Graph::interfaceEndpoints(std::string_view vpc, std::string_view service) const {
  std::vector<const model::Resource*> out;
  for (const model::Resource* r : ofType("aws_vpc_endpoint")) {
    if (refId(property(*r, "vpc_id")) != vpc) continue;
    const PValue* type = property(*r, "vpc_endpoint_type");
    const PValue* name = property(*r, "service_name");
    if (!isString(type) || type->text != "Interface" || !isString(name)) continue;
    if (name->text.ends_with("." + std::string(service))) out.push_back(r);
  }
  return out;
}

}  // namespace migc::reach
