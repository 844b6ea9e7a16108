// CHK-C6 (an id beyond the seed matrix, which does not list this pitfall):
// the load balancer's health check path is an absolute HTTP path; the target
// group API rejects anything not starting with '/' or over 1024 characters.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

class ServiceHealthCheckPath final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-C6"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* service : ctx.objectsOf("service")) {
      const std::string* path = constText(service->field("health_check"));
      if (!path || (!path->empty() && path->front() == '/' && path->size() <= 1024)) continue;
      SourceRange where = ctx.where(*service, "health_check");
      if (path->size() > 1024) {
        ctx.report(DiagKind::InvalidHealthCheckPath, where, "it is longer than 1024 characters");
        continue;
      }
      ctx.report(DiagKind::InvalidHealthCheckPath, where, fmt::format("{} does not start with '/'", stringLiteral(*path)))
          .fix(where, stringLiteral("/" + *path))
          .help("write the path from the root, e.g. \"/health\"");
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeServiceHealthCheckPath() { return std::make_unique<ServiceHealthCheckPath>(); }

}  // namespace migc::checks
