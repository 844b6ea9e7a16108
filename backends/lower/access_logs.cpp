#include "lower/access_logs.h"

#include <map>

#include "lower/key_policy.h"

namespace migc::lower {
namespace {

// The Elastic Load Balancing account of each region that opened before
// August 2022 (ELB user guide, "Enable access logs", step 2). Newer regions
// deliver as the service principal logdelivery.elasticloadbalancing.amazonaws.com.
const std::map<std::string, std::string, std::less<>>& elbAccounts() {
  static const std::map<std::string, std::string, std::less<>> accounts = {
      {"af-south-1", "098369216593"},     {"ap-east-1", "754344448648"},      {"ap-northeast-1", "582318560864"},
      {"ap-northeast-2", "600734575887"}, {"ap-northeast-3", "383597477331"}, {"ap-south-1", "718504428378"},
      {"ap-southeast-1", "114774131450"}, {"ap-southeast-2", "783225319266"}, {"ap-southeast-3", "589379963580"},
      {"ca-central-1", "985666609251"},   {"eu-central-1", "054676820928"},   {"eu-north-1", "897822967062"},
      {"eu-south-1", "635631232127"},     {"eu-west-1", "156460612806"},      {"eu-west-2", "652711504416"},
      {"eu-west-3", "009996457667"},      {"me-south-1", "076674570225"},     {"sa-east-1", "507241528517"},
      {"us-east-1", "127311923021"},      {"us-east-2", "033677994240"},      {"us-gov-east-1", "190560391635"},
      {"us-gov-west-1", "048591011584"},  {"us-west-1", "027434742980"},      {"us-west-2", "797873946194"},
  };
  return accounts;
}

PValue logDeliveryPrincipal(const std::string& region) {
  auto it = elbAccounts().find(region);
  if (it == elbAccounts().end())
    return PValue::object({{"Service", PValue::s("logdelivery.elasticloadbalancing.amazonaws.com")}});
  return PValue::object({{"AWS", PValue::s("arn:" + Context::partitionOf(region) + ":iam::" + it->second + ":root")}});
}

}  // namespace

std::string accessLogPrefix(const ir::Object& service) { return service.name; }

std::vector<PValue> accessLogStatements(Context& ctx, const ir::Object& bucket, const PValue& arn) {
  const std::vector<const ir::Object*>& services = ctx.referrers(bucket, "service", "access_logs");
  if (services.empty()) return {};
  std::vector<PValue> objects;
  for (const ir::Object* service : services)
    objects.push_back(PValue::concat({arn, PValue::s("/" + accessLogPrefix(*service) + "/AWSLogs/"), accountId(ctx), PValue::s("/*")}));
  return {PValue::object({{"Sid", PValue::s("AllowLoadBalancerAccessLogs")},
                          {"Effect", PValue::s("Allow")},
                          {"Principal", logDeliveryPrincipal(ctx.regionOf(bucket))},
                          {"Action", PValue::s("s3:PutObject")},
                          {"Resource", PValue::list(std::move(objects))}})};
}

}  // namespace migc::lower
