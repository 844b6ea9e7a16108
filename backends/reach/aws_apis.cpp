// Workloads → the AWS APIs they need from inside a VPC. DMS reads its
// endpoints' secrets from Secrets Manager from the replication subnets;
// Fargate tasks read the secrets their service names. An interface endpoint
// with private DNS takes over the service's name for the whole VPC, so when
// one exists its group must admit the caller; without one the subnets need
// a NAT route (for services that gap is MIG2064's, which also covers their
// image and logs). DMS ships task logs itself, with the account role
// dms-cloudwatch-logs-role: the path to CloudWatch Logs is that role.
#include <algorithm>

#include <fmt/format.h>

#include "ir/kind_fields.h"
#include "reach/paths.h"

namespace migc::reach {
namespace {

constexpr int64_t kHttps = 443;

// What is missing between `w` and Secrets Manager in its VPC, or "".
// `public_path`: whether a NAT route is the way when no endpoint serves it.
std::string secretsManagerGap(const Analysis& a, const Workload& w, bool public_path) {
  std::vector<const model::Resource*> endpoints = a.graph.interfaceEndpoints(w.vpc, "secretsmanager");
  bool endpoint_always = false;
  for (const model::Resource* e : endpoints) {
    const model::PValue* groups = Graph::property(*e, "security_group_ids");
    std::vector<std::string> ids = groups ? Graph::refs(*groups) : std::vector<std::string>{};
    // The rules that admit the caller exist whenever both the endpoint and the caller do.
    std::string condition = e->condition.empty() ? w.condition : e->condition;
    bool admitted = std::any_of(ids.begin(), ids.end(), [&](const std::string& g) {
      return a.graph.ingress(g, w, kHttps, condition) != nullptr;
    });
    if (!admitted)
      return fmt::format("the security group of its Secrets Manager endpoint ({}) admits no HTTPS from it, and private "
                         "DNS sends every call there",
                         ids.empty() ? e->id : ids.front());
    bool out = std::any_of(ids.begin(), ids.end(), [&](const std::string& g) {
      return a.graph.egress(w, Peer{g, std::nullopt}, kHttps) != nullptr;
    });
    if (!out) return fmt::format("its security group has no HTTPS egress to the Secrets Manager endpoint {}", e->id);
    if (Graph::present(*e, w.condition)) endpoint_always = true;
  }
  if (endpoint_always || !public_path) return {};
  std::string when = endpoints.empty() ? "" : fmt::format(" while {} is false", endpoints.front()->condition);
  for (const std::string& subnet : w.subnets)
    if (a.graph.route(subnet, *Cidr::parse("0.0.0.0/0"), w.condition).empty())
      return fmt::format("no Secrets Manager endpoint serves network {}{} and subnet {} has no NAT route",
                         a.networkOf(w.vpc), when, subnet);
  if (!a.graph.egress(w, Peer{"", Cidr::parse("0.0.0.0/0")}, kHttps))
    return "its security group has no HTTPS egress to Secrets Manager's public endpoint";
  return {};
}

// The account role DMS writes task logs with, when this program makes it.
bool hasLogsRole(const Analysis& a) {
  for (const model::Resource* r : a.graph.ofType("aws_iam_role")) {
    const model::PValue* name = Graph::property(*r, "name");
    if (r->account_wide && name && name->text == "dms-cloudwatch-logs-role") return true;
  }
  return false;
}

}  // namespace

void checkAwsApis(const Analysis& a) {
  for (const ir::Object* p : a.objectsOf("pipeline")) {
    std::optional<Workload> dms = a.dmsInstance(*p);
    if (!dms) continue;
    std::string who = "the replication instance of pipeline " + p->name;
    if (std::string gap = secretsManagerGap(a, *dms, true); !gap.empty())
      a.diags.report(DiagKind::AwsApiUnreachable, p->rangeOf("to"), who, "Secrets Manager", a.networkOf(dms->vpc), gap)
          .help("DMS reads both endpoints' credentials from Secrets Manager from its subnets (3.4.7 and later)");
    ir::fields::Pipeline fields(*p);
    if (fields.settings().logging().constant() && fields.account_roles().constant() && !hasLogsRole(a))
      a.diags.report(DiagKind::AwsApiUnreachable, p->rangeOf("settings.logging"), who, "CloudWatch Logs",
                     a.networkOf(dms->vpc), "the account's bootstrap has no dms-cloudwatch-logs-role")
          .help("DMS writes task logs with that role; this is a lowering defect: please report it with the program");
  }
  for (const ir::Object* s : a.objectsOf("service")) {
    const ir::Value* secrets = s->field("secrets");
    if (!secrets || secrets->entries.empty()) continue;
    std::optional<Workload> tasks = a.serviceTasks(*s);
    if (!tasks) continue;
    if (std::string gap = secretsManagerGap(a, *tasks, false); !gap.empty())
      a.diags.report(DiagKind::AwsApiUnreachable, s->rangeOf("secrets"), "the tasks of service " + s->name,
                     "Secrets Manager", a.networkOf(tasks->vpc), gap)
          .help("ECS reads the service's secrets when a task starts; without them the task does not start");
  }
}

}  // namespace migc::reach
