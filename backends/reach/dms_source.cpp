// DMS → source: the replication instance's group lets it out to the
// source's address on its port, and every subnet of its replication subnet
// group routes there. Where the address is: a literal IPv4 host as written;
// a host name or param inside the network's onprem_cidrs when it has them
// (routed by a vpn on the network, else by Direct Connect or a gateway the
// program does not declare, which the analysis takes on trust), else public
// (through a NAT gateway).
#include <fmt/format.h>

#include "reach/paths.h"

namespace migc::reach {
namespace {

struct SourceAddress {
  std::string text;              // for messages: "10.1.2.3", "db.corp.example", "param source_host"
  std::optional<Cidr> literal;   // a literal address
};

SourceAddress addressOf(const ir::Object& source) {
  const ir::Value* host = source.field("host");
  if (host && host->kind == ir::Value::Kind::String) return {host->text, Cidr::parse(host->text)};
  if (host && host->kind == ir::Value::Kind::Param) return {"param " + host->text, std::nullopt};
  return {"its host", std::nullopt};
}

std::optional<int64_t> sourcePort(const ir::Object& source) {
  for (const ir::Value* v : {source.field("port"), source.facts.get("default_port")})
    if (v && v->kind == ir::Value::Kind::Int) return v->integer;
  return std::nullopt;
}

// The network's on-premises ranges; `unknown` when one is not a literal.
struct Onprem {
  std::vector<Cidr> ranges;
  bool any = false;
  bool covers(const Cidr& c) const {
    for (const Cidr& r : ranges)
      if (r.covers(c)) return true;
    return false;
  }
};

Onprem onpremOf(const ir::Object* network) {
  Onprem out;
  const ir::Value* list = network ? network->field("onprem_cidrs") : nullptr;
  if (!list) return out;
  for (const ir::Value& item : list->items) {
    out.any = true;
    if (item.kind == ir::Value::Kind::String)
      if (std::optional<Cidr> c = Cidr::parse(item.text)) out.ranges.push_back(*c);
  }
  return out;
}

// What is missing between the instance and the source, or "".
std::string missingPiece(const Analysis& a, const Workload& dms, const SourceAddress& address, const Onprem& onprem,
                         std::optional<int64_t> port, const std::string& network) {
  bool vpn = a.graph.vpnGateway(dms.vpc, dms.condition) != nullptr;
  std::string port_text = port ? fmt::format(" on port {}", *port) : "";
  // Where the egress rule must lead: the address, the first on-premises
  // range for a named host, or anywhere for a public one.
  Peer to;
  if (address.literal) to.cidr = address.literal;
  else if (onprem.any) to.cidr = onprem.ranges.empty() ? std::nullopt : std::optional<Cidr>(onprem.ranges.front());
  else to.cidr = Cidr::parse("0.0.0.0/0");
  if (!a.graph.egress(dms, to, port))
    return fmt::format("the replication instance's security group has no egress rule to {}{}{}",
                       to.cidr ? to.cidr->str() : address.text, port_text,
                       address.literal && onprem.any && !onprem.covers(*address.literal)
                           ? fmt::format(" ({} is outside network {}'s onprem_cidrs)", address.text, network)
                           : "");
  for (const std::string& subnet : dms.subnets) {
    if (address.literal) {
      if (!a.graph.route(subnet, *address.literal, dms.condition).empty()) continue;
      if (onprem.covers(*address.literal) && !vpn) continue;  // Direct Connect, outside the program
      if (address.literal->isPrivate())
        return fmt::format("subnet {} has no route to the private address {}: {}", subnet, address.text,
                           vpn ? "the VPN's routes do not cover it" : "no VPN routes it and it is outside onprem_cidrs");
      return fmt::format("subnet {} has no route to {}: network {} has no NAT gateway", subnet, address.text, network);
    }
    if (onprem.any) {
      if (!vpn || onprem.ranges.empty()) continue;  // Direct Connect, or ranges known only at deploy time
      if (a.graph.route(subnet, onprem.ranges.front(), dms.condition) == "vpn") continue;
      return fmt::format("the route table of subnet {} has no route to {} (the VPN of network {} does not propagate there)",
                         subnet, onprem.ranges.front().str(), network);
    }
    if (!a.graph.route(subnet, *Cidr::parse("0.0.0.0/0"), dms.condition).empty()) continue;
    return fmt::format("subnet {} has no route to it: network {} has no NAT gateway, no onprem_cidrs and no VPN", subnet,
                       network);
  }
  return {};
}

}  // namespace

void checkDmsSource(const Analysis& a) {
  for (const ir::Object* p : a.objectsOf("pipeline")) {
    const ir::Object* source = a.object(p->field("from"));
    const ir::Object* target = a.object(p->field("to"));
    std::optional<Workload> dms = a.dmsInstance(*p);
    if (!source || !target || !dms) continue;
    const ir::Object* network = a.object(target->field("network"));
    SourceAddress address = addressOf(*source);
    Onprem onprem = onpremOf(network);
    std::string missing = missingPiece(a, *dms, address, onprem, sourcePort(*source), a.networkOf(dms->vpc));
    if (missing.empty()) continue;
    auto d = a.diags.report(DiagKind::DmsSourceUnreachable, p->rangeOf("from"), p->name, source->name, address.text,
                            missing);
    d.note("the source's host", source->rangeOf("host"));
    if (network) d.note(fmt::format("network {} is declared here", network->name), network->name_range);
    d.help(onprem.any ? fmt::format("add the source's range to onprem_cidrs and a vpn on network {} that routes it, or "
                                    "@allow(MIG2160, reason = \"...\") when another gateway routes it",
                                    network ? network->name : "")
                      : "declare the on-premises ranges (onprem_cidrs) with a vpn, or nat = single for a public source; "
                        "@allow(MIG2160, reason = \"...\") when the route exists outside this program");
  }
}

}  // namespace migc::reach
