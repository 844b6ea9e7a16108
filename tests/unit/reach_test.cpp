// The reachability analysis (backends/reach/, docs/reachability.md) on
// models the lowering would not write today: a pipeline's program lowered,
// then one piece of a path taken out or put under another `when` flag. The
// .mig cases in tests/diagnostics/deploy_rules/reach_* cover what programs
// can get wrong themselves.
#include <gtest/gtest.h>

#include <algorithm>

#include "driver/pipeline.h"
#include "lower/context.h"
#include "reach/cidr.h"
#include "reach/reach.h"
#include "support/produces.h"

namespace migc::reach {
namespace {

// The program of a passing case, checked, and its lowered model.
struct Lowered {
  Workspace ws;
  model::Stack stack;
};

std::unique_ptr<Lowered> lowered(const std::string& case_dir) {
  auto out = std::make_unique<Lowered>();
  std::string error;
  EXPECT_TRUE(runCheckPipeline({std::string(MIGC_TESTS_DIR "/diagnostics/deploy_rules/") + case_dir}, {}, out->ws, error))
      << error;
  EXPECT_FALSE(out->ws.diags.hasErrors());
  DiagnosticSink scratch;
  out->stack = lower::lowerProgram(out->ws.program, scratch);
  return out;
}

DiagnosticSink analyse(const Lowered& l) {
  DiagnosticSink sink;
  checkReachability(l.ws.program, l.stack, sink);
  return sink;
}

void erase(model::Stack& stack, const std::string& id) {
  auto it = std::find_if(stack.resources.begin(), stack.resources.end(), [&](const model::Resource& r) { return r.id == id; });
  ASSERT_NE(it, stack.resources.end()) << id;
  stack.resources.erase(it);
}

model::Resource& resource(model::Stack& stack, const std::string& id) {
  for (model::Resource& r : stack.resources)
    if (r.id == id) return r;
  ADD_FAILURE() << id;
  return stack.resources.front();
}

TEST(Reach, TheLoweredPassingCaseHasEveryPath) {
  auto l = lowered("reach_dms_ok");
  EXPECT_TRUE(analyse(*l).diagnostics().empty());
}

TEST(Reach, TargetWithoutItsIngressRule) {
  auto l = lowered("reach_dms_ok");
  erase(l->stack, "aurora_from_replicate");
  EXPECT_PRODUCES(analyse(*l), "MIG2161");
}

TEST(Reach, TargetRuleUnderAnotherFlag) {
  auto l = lowered("reach_dms_ok");
  resource(l->stack, "aurora_from_replicate").condition = "other_flag";
  EXPECT_PRODUCES(analyse(*l), "MIG2161");
}

TEST(Reach, SecretsManagerEndpointThatAdmitsNoInstance) {
  auto l = lowered("reach_dms_ok");
  erase(l->stack, "replicate_secretsmanager_in");
  EXPECT_PRODUCES(analyse(*l), "MIG2162");
}

TEST(Reach, LoggingWithoutTheAccountsLogsRole) {
  // A role under another name: DMS looks for this one only.
  auto l = lowered("reach_dms_ok");
  for (auto& [key, value] : resource(l->stack, "dms_cloudwatch_logs_role").properties)
    if (key == "name") value = model::PValue::s("dms-logs-role");
  EXPECT_PRODUCES(analyse(*l), "MIG2162");
}

TEST(Reach, ServiceTasksNotAdmittedByTheSecretsEndpoint) {
  // The defect the analysis found first: the endpoint admitted only DMS.
  auto l = lowered("reach_service_ok");
  EXPECT_TRUE(analyse(*l).diagnostics().empty());
  erase(l->stack, "api_secretsmanager_in");
  EXPECT_PRODUCES(analyse(*l), "MIG2162");
}

TEST(Reach, ServiceDatabaseRuleMissing) {
  auto l = lowered("reach_service_ok");
  erase(l->stack, "orders_from_api");
  EXPECT_PRODUCES(analyse(*l), "MIG2163");
}

TEST(Reach, Cidrs) {
  Cidr onprem = *Cidr::parse("10.20.0.0/16");
  EXPECT_TRUE(onprem.covers(*Cidr::parse("10.20.3.4")));
  EXPECT_FALSE(onprem.covers(*Cidr::parse("10.21.0.1")));
  EXPECT_FALSE(onprem.covers(*Cidr::parse("10.0.0.0/8")));
  EXPECT_TRUE(Cidr::parse("0.0.0.0/0")->covers(onprem));
  EXPECT_TRUE(Cidr::parse("192.168.1.1")->isPrivate());
  EXPECT_FALSE(Cidr::parse("203.0.113.7")->isPrivate());
  EXPECT_FALSE(Cidr::parse("db.corp.example"));
  EXPECT_FALSE(Cidr::parse("10.0.0.300"));
  EXPECT_EQ(Cidr::parse("10.1.2.3/8")->str(), "10.0.0.0/8");
}

}  // namespace
}  // namespace migc::reach
