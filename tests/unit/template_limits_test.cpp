// CloudFormation's template quotas (backends/cloudformation/templates.h):
// `migc check` measures the templates in memory, `migc build` reports the same
// limits while writing them, and the runbook deploys a template too large to
// pass inline through S3. The diagnostics themselves are tested by the cases
// in tests/diagnostics/template_limits/.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "driver/pipeline.h"
#include "support/emit_all.h"
#include "support/produces.h"

namespace migc {
namespace {

const char* kCases = MIGC_TESTS_DIR "/diagnostics/template_limits/";

LoadOptions asBuild() {
  LoadOptions options;
  options.config_path = MIGC_TESTS_DIR "/migc.json";
  options.scope.building = true;  // as `migc build`: the backends report the limits
  return options;
}

TEST(TemplateLimits, BuildReportsTheLimitsCheckReports) {
  for (auto [file, code] : {std::pair{"resources.mig", "MIG3050"}, std::pair{"parameters.mig", "MIG3051"},
                            std::pair{"body_size.mig", "MIG3052"}}) {
    Workspace ws;
    std::string error;
    ASSERT_TRUE(runCheckPipeline({std::string(kCases) + file}, asBuild(), ws, error)) << error;
    EXPECT_FALSE(test::produces(ws.diags, code)) << file << ": reported twice when building";
    test::emitAll(ws);
    EXPECT_PRODUCES(ws.diags, code);
    // Built without CloudFormation, the limit does not apply.
    Workspace other;
    ASSERT_TRUE(runCheckPipeline({std::string(kCases) + file}, asBuild(), other, error)) << error;
    test::emitAll(other, {"terraform", "pulumi"});
    EXPECT_FALSE(other.diags.hasErrors()) << file;
  }
}

TEST(TemplateLimits, PassingCasesBuildWithoutErrors) {
  for (const char* file : {"resources_split.mig", "parameters_ok.mig", "body_small.mig", "body_inline.mig"}) {
    Workspace ws;
    std::string error;
    ASSERT_TRUE(runCheckPipeline({std::string(kCases) + file}, asBuild(), ws, error)) << error;
    test::emitAll(ws);
    EXPECT_FALSE(ws.diags.hasErrors()) << file;
  }
}

// dir/main.mig: the cutover-phases conformance program and `settings`
// settings of 7,900 bytes each (about 8,150 bytes of template apiece).
void writeProgramWithLargeSettings(const std::filesystem::path& dir, int settings) {
  std::ifstream in(MIGC_TESTS_DIR "/conformance/cutover-phases/main.mig");
  std::stringstream base;
  base << in.rdbuf();
  std::filesystem::create_directories(dir);
  std::ofstream program(dir / "main.mig");
  program << base.str() << "\nlet chunk = join(\"\", [for i in range(7900) : \"x\"])\n";
  for (int i = 0; i < settings; ++i)
    program << "setting big_" << i << " { path = \"/big/${suffix}/" << i << "\"; value = chunk; tier = \"advanced\" }\n";
}

// The runbook's deploy commands carry --s3-bucket once a template passes
// 51,200 bytes, and not before.
TEST(TemplateLimits, RunbookDeploysLargeTemplatesThroughS3) {
  auto dir = std::filesystem::temp_directory_path() / "migc-template-size-test";
  for (int settings : {0, 10}) {
    writeProgramWithLargeSettings(dir, settings);
    Workspace ws;
    std::string error;
    ASSERT_TRUE(runCheckPipeline({(dir / "main.mig").string()}, asBuild(), ws, error)) << error;
    auto outputs = test::emitAll(ws);
    EXPECT_FALSE(ws.diags.hasErrors());
    const model::OutputFiles& runbook = outputs["runbook"];
    ASSERT_EQ(runbook.size(), 1u);
    bool via_s3 = runbook[0].content.find("--s3-bucket \"$ARTIFACT_BUCKET\" --capabilities") != std::string::npos;
    EXPECT_EQ(via_s3, settings > 0) << settings << " large settings";
    EXPECT_EQ(test::produces(ws.diags, "MIG3053"), settings > 0);
    std::filesystem::remove_all(dir);
  }
}

// Built without CloudFormation, the runbook still names its deploy commands:
// it decides --s3-bucket without printing the template when the template's
// ids, types and properties alone pass the limit, and by printing it
// otherwise. Either way the runbook is the one a build with every target
// writes, below the limit, near it and far above it.
TEST(TemplateLimits, RunbookIsTheSameWhetherCloudFormationIsBuiltOrNot) {
  auto dir = std::filesystem::temp_directory_path() / "migc-template-size-runbook-test";
  for (int settings : {0, 5, 6, 7, 20}) {
    writeProgramWithLargeSettings(dir, settings);
    std::string runbooks[2];
    for (int with_cloudformation : {0, 1}) {
      Workspace ws;
      std::string error;
      ASSERT_TRUE(runCheckPipeline({(dir / "main.mig").string()}, asBuild(), ws, error)) << error;
      auto outputs = with_cloudformation ? test::emitAll(ws) : test::emitAll(ws, {"terraform", "pulumi"});
      ASSERT_EQ(outputs["runbook"].size(), 1u);
      runbooks[with_cloudformation] = outputs["runbook"][0].content;
    }
    EXPECT_EQ(runbooks[0], runbooks[1]) << settings << " large settings";
    std::filesystem::remove_all(dir);
  }
}

}  // namespace
}  // namespace migc
