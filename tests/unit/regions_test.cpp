// Multi-region programs and compile-time flags through the backends: the
// notes and errors the .mig expectations cannot carry (note-level codes,
// and MIG3xxx codes that only `build` produces).
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <map>

#include "backend.h"
#include "support/emit_all.h"
#include "driver/pipeline.h"
#include "support/produces.h"

namespace migc {
namespace {

// Checks `path`, then emits every target; the files by target.
std::map<std::string, model::OutputFiles> build(const std::string& path, Workspace& ws,
                                                const std::function<void(ir::Program&)>& adjust = {}) {
  std::string error;
  EXPECT_TRUE(runCheckPipeline({path}, {}, ws, error)) << error;
  EXPECT_FALSE(ws.diags.hasErrors());
  if (adjust) adjust(ws.program);
  return test::emitAll(ws);
}

bool hasFile(const model::OutputFiles& files, const std::string& path) {
  return std::any_of(files.begin(), files.end(), [&](const model::OutputFile& f) { return f.path == path; });
}

TEST(Regions, PerZoneNatIsANote) {
  Workspace ws;
  std::string error;
  ASSERT_TRUE(runCheckPipeline({MIGC_TESTS_DIR "/diagnostics/domain/network_nat.mig"}, {}, ws, error)) << error;
  EXPECT_PRODUCES(ws.diags, "MIG2078");
}

TEST(Regions, CloudFormationWritesOneTemplatePerRegion) {
  Workspace ws;
  auto files = build(MIGC_TESTS_DIR "/conformance/global-database/main.mig", ws);
  EXPECT_PRODUCES(ws.diags, "MIG3020");
  EXPECT_FALSE(ws.diags.hasErrors());
  const auto& cfn = files["cloudformation"];
  EXPECT_TRUE(hasFile(cfn, "template.yaml"));
  EXPECT_TRUE(hasFile(cfn, "eu-west-1.yaml"));
  EXPECT_TRUE(hasFile(cfn, "ap-southeast-1.yaml"));
  for (const auto& f : cfn) {
    bool primary = f.path == "template.yaml";
    EXPECT_EQ(f.content.find("AWS::RDS::GlobalCluster") != std::string::npos, primary) << f.path;
    EXPECT_EQ(f.content.find("MasterUserPassword") != std::string::npos, primary) << f.path;
  }
  bool aliased = false;
  for (const auto& f : files["terraform"])
    aliased = aliased || (f.path == "providers.tf" && f.content.find("alias  = \"ap_southeast_1\"") != std::string::npos);
  EXPECT_TRUE(aliased);
  EXPECT_NE(files["pulumi"].front().content.find("type: pulumi:providers:aws"), std::string::npos);
}

TEST(Regions, CrossRegionValuesBecomeTemplateParameters) {
  Workspace ws;
  auto files = build(MIGC_TESTS_DIR "/conformance/global-database/main.mig", ws, [](ir::Program& p) {
    // An output naming endpoints of two regions lives in the first one's
    // template and takes the other as a parameter.
    ir::Output both;
    both.name = "endpoints";
    both.value.kind = ir::Value::Kind::Concat;
    both.value.items = {ir::Value::ofAttr(static_cast<uint32_t>(p.indexOf("aurora")), "endpoint"),
                        ir::Value::ofString(","),
                        ir::Value::ofAttr(static_cast<uint32_t>(p.indexOf("aurora_eu")), "reader_endpoint")};
    p.outputs.push_back(both);
  });
  EXPECT_PRODUCES(ws.diags, "MIG3021");
  for (const auto& f : files["cloudformation"])
    if (f.path == "template.yaml") {
      EXPECT_NE(f.content.find("AuroraEuClusterReadEndpointAddress:"), std::string::npos) << f.content;
    }
}

TEST(Regions, PulumiFixesFlagsAtCompileTime) {
  Workspace ws;
  auto files = build(MIGC_TESTS_DIR "/conformance/flags/main.mig", ws);
  EXPECT_PRODUCES(ws.diags, "MIG3022");
  const std::string& pulumi = files["pulumi"].front().content;
  EXPECT_EQ(pulumi.find("dmsEventsTopic"), std::string::npos) << "create_dms defaults to false";
  EXPECT_NE(pulumi.find("auditTopic"), std::string::npos) << "create_audit defaults to true";
  EXPECT_EQ(pulumi.find("createDms"), std::string::npos) << "a decided flag is not Pulumi config";
  for (const auto& f : files["terraform"])
    if (f.path == "main.tf") {
      EXPECT_NE(f.content.find("count = var.create_dms ? 1 : 0"), std::string::npos);
    }
}

TEST(Regions, PulumiNeedsAValueForEveryFlag) {
  Workspace ws;
  build(MIGC_TESTS_DIR "/conformance/flags/main.mig", ws, [](ir::Program& p) {
    for (ir::Param& param : p.params)
      if (param.name == "create_vpn") param.has_default = false;
  });
  EXPECT_PRODUCES(ws.diags, "MIG3023");
}

}  // namespace
}  // namespace migc
