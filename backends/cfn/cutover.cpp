// Blue/green DNS cutover in the CloudFormation shape: flat Weight and
// SetIdentifier on each RecordSet, the weight read from the phase Mapping
// with Fn::FindInMap on the phase Parameter, TTL as a string.
#include <fmt/format.h>

#include <cctype>

#include "cfn/kinds.h"
#include "lowering/cutover.h"

namespace migc::cfn {
namespace {

void addSide(Context& ctx, const ir::Object& o, const lowering::CutoverFacts& f, const lowering::SideFacts& s,
             const PValue& zone_id) {
  std::string check_id = Context::id(o, s.side + "_health");
  if (s.health) {
    model::Fields config = {{"Type", PValue::s(s.health->type)},
                            {"FullyQualifiedDomainName", s.target},
                            {"Port", PValue::i(s.health->port)}};
    if (!s.health->path.empty()) config.emplace_back("ResourcePath", PValue::s(s.health->path));
    config.emplace_back("RequestInterval", PValue::i(s.health->interval));
    config.emplace_back("FailureThreshold", PValue::i(s.health->failure_threshold));
    model::Resource& hc = ctx.add("AWS::Route53::HealthCheck", check_id, o);
    hc.properties = {{"HealthCheckConfig", PValue::object(std::move(config))}, {"HealthCheckTags", ctx.tags()}};
  }
  model::Resource& record = ctx.add("AWS::Route53::RecordSet", Context::id(o, s.side), o);
  record.properties = {{"HostedZoneId", zone_id},
                       {"Name", f.fqdn},
                       {"Type", PValue::s("CNAME")},
                       {"TTL", PValue::s(std::to_string(f.ttl))},  // a string in the schema
                       {"ResourceRecords", PValue::list({s.target})},
                       {"SetIdentifier", PValue::s(s.set_identifier)},
                       {"Weight", PValue::lookup(f.table, s.side)}};
  if (s.health) record.properties.emplace_back("HealthCheckId", PValue::refTo(check_id));
}

// Mapping keys are [A-Za-z0-9.-]+ (cfn-lint E7001); the phase names are the keys.
void checkMappingKeys(Context& ctx, const ir::Object& o) {
  for (const ir::Value& phase : lowering::field(o, "phase").items) {
    const ir::Value* name = phase.get("name");
    if (!name || name->kind != ir::Value::Kind::String) continue;
    bool ok = !name->text.empty();
    for (char c : name->text) ok = ok && (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-');
    if (!ok) {
      std::string fixed;
      for (char c : name->text) fixed += std::isalnum(static_cast<unsigned char>(c)) || c == '.' ? c : '-';
      ctx.diags().report(DiagKind::CloudFormationMappingKey, name->range, name->text)
          .help(fmt::format("rename it, e.g. \"{}\", here and in the param's type", fixed));
    }
  }
}

}  // namespace

KindLowering cutoverKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    checkMappingKeys(ctx, o);
    lowering::CutoverFacts f = lowering::cutoverFacts(ctx, o);
    lowering::weightTable(ctx, o);
    PValue zone_id;
    if (f.creates_zone) {
      model::Resource& zone = ctx.add("AWS::Route53::HostedZone", Context::id(o, "zone"), o);
      zone.properties = {{"Name", ctx.value(lowering::field(o, "zone"))},
                         {"HostedZoneConfig", PValue::object({{"Comment", PValue::s("Blue/green cutover " + o.name + " (migc)")}})},
                         {"HostedZoneTags", ctx.tags()}};
      zone_id = PValue::refTo(Context::id(o, "zone"));  // Ref of a hosted zone is its id
    } else {
      zone_id = ctx.value(lowering::field(o, "zone_id"));
    }
    addSide(ctx, o, f, f.blue, zone_id);
    addSide(ctx, o, f, f.green, zone_id);
  };
  k.attribute = [](Context& ctx, const ir::Object& o, std::string_view attr) {
    bool created = lowering::field(o, "zone").kind != ir::Value::Kind::Null;
    if (attr == "fqdn") return lowering::cutoverFacts(ctx, o).fqdn;
    // Outputs are strings in CloudFormation: the name servers are joined.
    if (attr == "name_servers")
      return created ? PValue::object({{"Fn::Join", PValue::list({PValue::s(","),
                                                                  PValue::refTo(Context::id(o, "zone"), "NameServers")})}})
                     : PValue::s("");
    PValue zone_id = created ? PValue::refTo(Context::id(o, "zone")) : ctx.value(lowering::field(o, "zone_id"));
    // AWS::Route53::HostedZone has no Arn attribute; a zone ARN has no region or account.
    if (attr == "arn") return PValue::concat({PValue::s("arn:aws:route53:::hostedzone/"), zone_id});
    return zone_id;
  };
  return k;
}

}  // namespace migc::cfn
