// Seed 004 req. 25: a load balancer writes access logs only to a
// bucket with S3-managed encryption. A customer-managed key on that bucket
// makes ELB refuse the logging configuration when the load balancer is
// created, long after `migc check` could have said so.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

class AccessLogsBucketCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-ALB-LOGS"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* service : ctx.objectsOf("service")) {
      const ir::Object* bucket = ctx.referenced(*service, "access_logs");
      if (!bucket) continue;
      const ir::Object* key = ctx.referenced(*bucket, "key");
      if (!key) continue;
      ctx.report(DiagKind::AccessLogsBucketWithKey, ctx.where(*service, "access_logs"), service->name, bucket->name,
                 key->name)
          .note(fmt::format("'{}' is encrypted with '{}' here", bucket->name, key->name), ctx.where(*bucket, "key"))
          .help(fmt::format("give the access logs a bucket of their own without `key` (SSE-S3)"));
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeAccessLogsBucketCheck() { return std::make_unique<AccessLogsBucketCheck>(); }

}  // namespace migc::checks
