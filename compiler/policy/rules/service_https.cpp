// MIG5054: a service's internet-facing load balancer serves HTTPS (seed 004
// req. 5, "encryption in transit"). Without a certificate it listens on
// plain HTTP; with one, migc serves HTTPS on 443 and redirects HTTP to it.
#include <fmt/format.h>

#include "policy/rule.h"

namespace migc::policy {
namespace {

class ServiceWithoutHttpsRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::ServiceWithoutHttps; }
  void run(const RuleContext& ctx) const override {
    for (const ir::Object* service : ctx.objectsOf("service")) {
      const ir::Value* certificate = service->field("certificate");
      if (certificate && certificate->kind != ir::Value::Kind::Null) continue;
      ctx.report(service->name_range, service->name)
          .help("add `certificate = cert_arn` with `param cert_arn: string`, the ARN of an ACM certificate for the "
                "service's host name in its region");
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeServiceWithoutHttpsRule() { return std::make_unique<ServiceWithoutHttpsRule>(); }

}  // namespace migc::policy
