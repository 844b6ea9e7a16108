// CHK-C7 (an id beyond the seed matrix, which asks for "encryption in transit"
// without naming the pitfalls): a service's HTTPS listener needs an ACM
// certificate ARN in the service's own region, a TLS policy that accepts
// TLS 1.2 and 1.3 only, and the HTTP redirect on a port other than 443. A
// certificate given by a param is judged by the param's default, if any.
#include <fmt/format.h>

#include <regex>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

// ELB policy families that accept TLS 1.2 and 1.3 only (the dated variants,
// FIPS and post-quantum ones included). Every other ELBSecurityPolicy-* (2015-05,
// 2016-08, TLS-1-0, TLS-1-1, FS-2018-06, FS-1-1, TLS13-1-0, TLS13-1-1) still
// accepts TLS 1.0 or 1.1.
constexpr std::string_view kModernFamilies[] = {"ELBSecurityPolicy-TLS13-1-2-", "ELBSecurityPolicy-TLS13-1-3-",
                                                "ELBSecurityPolicy-TLS-1-2-", "ELBSecurityPolicy-FS-1-2-"};

// The certificate text when known at compile time, and where it came from.
std::pair<const std::string*, std::string> knownText(const ir::Program& program, const ir::Value* v) {
  if (const std::string* text = constText(v)) return {text, ""};
  if (v && v->kind == ir::Value::Kind::Param)
    for (const ir::Param& p : program.params)
      if (p.name == v->text && p.has_default && p.default_value.kind == ir::Value::Kind::String)
        return {&p.default_value.text, fmt::format(" (the default of param {})", p.name)};
  return {nullptr, ""};
}

class ServiceTlsCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-C7"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* service : ctx.objectsOf("service")) {
      const ir::Value* certificate = service->field("certificate");
      bool https = certificate && certificate->kind != ir::Value::Kind::Null;
      if (https) checkCertificate(ctx, *service, certificate);
      if (!https && isWritten(*service, "ssl_policy")) {
        ctx.report(DiagKind::InvalidServiceTls, ctx.where(*service, "ssl_policy"),
                   fmt::format("`ssl_policy` applies to the HTTPS listener, and service {} has no `certificate`", service->name))
            .help("add `certificate = <ACM certificate ARN>` (usually a param), or remove `ssl_policy`");
        continue;
      }
      if (!https) continue;
      checkPolicy(ctx, *service);
      if (auto port = constNumber(service->field("listener_port")); port && *port == 443)
        ctx.report(DiagKind::InvalidServiceTls, ctx.where(*service, "listener_port"),
                   "listener_port 443 is the HTTPS port; the HTTP listener that redirects to it needs another")
            .fix(ctx.where(*service, "listener_port"), "80");
    }
  }

 private:
  static void checkCertificate(const CheckContext& ctx, const ir::Object& service, const ir::Value* certificate) {
    auto [arn, origin] = knownText(ctx.program(), certificate);
    if (!arn) return;
    static const std::regex kArn(R"(arn:aws(-cn|-us-gov)?:acm:([a-z]{2}(-[a-z]+)+-\d):(\d{12}):certificate/[A-Za-z0-9-]+)");
    std::smatch m;
    SourceRange where = ctx.where(service, "certificate");
    if (!std::regex_match(*arn, m, kArn)) {
      ctx.report(DiagKind::InvalidCertificateArn, where, stringLiteral(*arn) + origin,
                 "(arn:aws:acm:<region>:<12-digit account>:certificate/<id>)")
          .help("request or import the certificate in AWS Certificate Manager and give its ARN, "
                "e.g. from `aws acm list-certificates`; a domain name or an IAM server certificate is not accepted");
      return;
    }
    std::string region(service.region());
    if (region.empty() && !ctx.program().regions.empty()) region = ctx.program().regions.front();
    if (!region.empty() && m[2].str() != region)
      ctx.report(DiagKind::InvalidCertificateArn, where, stringLiteral(*arn) + origin,
                 fmt::format("in {}, the region of service {}", region, service.name))
          .help(fmt::format("a load balancer uses certificates of its own region: request or import the certificate in {} "
                            "(the one in {} stays for resources there)",
                            region, m[2].str()));
  }

  static void checkPolicy(const CheckContext& ctx, const ir::Object& service) {
    const std::string* policy = constText(service.field("ssl_policy"));
    if (!policy) return;
    for (std::string_view family : kModernFamilies)
      if (policy->starts_with(family)) return;
    SourceRange where = ctx.where(service, "ssl_policy");
    std::string why = policy->starts_with("ELBSecurityPolicy-")
                          ? fmt::format("{} still accepts TLS 1.0 or 1.1", stringLiteral(*policy))
                          : fmt::format("{} is not an ELB security policy", stringLiteral(*policy));
    ctx.report(DiagKind::InvalidServiceTls, where, why)
        .fix(where, stringLiteral("ELBSecurityPolicy-TLS13-1-2-2021-06"))
        .help("use a TLS 1.2/1.3 policy: ELBSecurityPolicy-TLS13-1-2-2021-06 (recommended), -TLS13-1-3-2021-06 "
              "(TLS 1.3 only), or a FIPS variant such as ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04");
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeServiceTlsCheck() { return std::make_unique<ServiceTlsCheck>(); }

}  // namespace migc::checks
