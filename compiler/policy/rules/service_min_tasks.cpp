// MIG5051: a service starts enough tasks to survive the loss of one (the
// tasks are spread over the network's zones). Reads desired_count, what
// each colour starts with; min_count (autoscaling's floor, default 1) is a
// cost decision this rule leaves alone.
#include <fmt/format.h>

#include "checks/check_util.h"
#include "policy/rule.h"

namespace migc::policy {
namespace {

class ServiceMinTasksRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::ServiceMinTasks; }
  std::vector<RuleOption> options() const override {
    return {{"min_tasks", RuleOption::Type::Integer, "2", "The fewest tasks a service may start with."}};
  }
  void run(const RuleContext& ctx) const override {
    int64_t min_tasks = ctx.integer("min_tasks");
    for (const ir::Object* service : ctx.objectsOf("service")) {
      auto desired = checks::constNumber(service->field("desired_count"));
      if (!desired || *desired >= double(min_tasks)) continue;
      SourceRange at = ctx.where(*service, "desired_count");
      ctx.report(at, service->name, int64_t(*desired), min_tasks)
          .fix(at, std::to_string(min_tasks))
          .help(fmt::format("set desired_count = {}: one task per zone keeps the service up when a zone fails", min_tasks));
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeServiceMinTasksRule() { return std::make_unique<ServiceMinTasksRule>(); }

}  // namespace migc::policy
