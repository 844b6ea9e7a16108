// Diagnostics only a backend can report (what one target cannot express):
// the .mig expectations run `migc check`, which does not emit, so these run
// the check pipeline and then every backend, as `migc build` does.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "backend.h"
#include "support/emit_all.h"
#include "driver/pipeline.h"
#include "support/produces.h"

namespace migc {
namespace {

// Builds a conformance program in memory; returns the files per backend.
std::vector<std::pair<std::string, model::OutputFiles>> build(const std::string& program, Workspace& ws) {
  std::string error;
  std::string dir = program.starts_with('/') ? program : std::string(MIGC_TESTS_DIR) + "/conformance/" + program;
  EXPECT_TRUE(runCheckPipeline({dir}, {}, ws, error)) << error;
  EXPECT_FALSE(ws.diags.hasErrors());
  std::vector<std::pair<std::string, model::OutputFiles>> out;
  for (auto& [name, files] : test::emitAll(ws)) out.emplace_back(name, std::move(files));
  return out;
}

const model::OutputFile* find(const std::vector<std::pair<std::string, model::OutputFiles>>& outputs,
                              std::string_view backend, std::string_view path) {
  for (const auto& [name, files] : outputs)
    if (name == backend)
      for (const auto& f : files)
        if (f.path == path) return &f;
  return nullptr;
}

TEST(TargetDiagnostics, PulumiLooksUpTheCutoverPhaseWithStdLookup) {
  Workspace ws;
  auto outputs = build("cutover-phases", ws);
  EXPECT_PRODUCES(ws.diags, "MIG3005");
  const model::OutputFile* pulumi = find(outputs, "pulumi", "Pulumi.yaml");
  ASSERT_NE(pulumi, nullptr);
  EXPECT_NE(pulumi->content.find("function: std:lookup"), std::string::npos);
}

TEST(TargetDiagnostics, CloudFormationLeavesSecureSettingsOut) {
  Workspace ws;
  auto outputs = build("settings", ws);
  EXPECT_PRODUCES(ws.diags, "MIG3006");
  const model::OutputFile* cfn = find(outputs, "cloudformation", "template.yaml");
  ASSERT_NE(cfn, nullptr);
  EXPECT_EQ(cfn->content.find("SecureString"), std::string::npos);
  EXPECT_EQ(cfn->content.find("PasswordParameter"), std::string::npos);
  const model::OutputFile* tf = find(outputs, "terraform", "main.tf");
  ASSERT_NE(tf, nullptr);
  EXPECT_NE(tf->content.find("\"SecureString\""), std::string::npos);
}

// CHK-T1: tagged everywhere but in CloudFormation, where the type has no
// Tags; said once per type, with the logical ids the note is about.
TEST(TargetDiagnostics, CloudFormationNamesWhatItCannotTag) {
  Workspace ws;
  build("service-fargate", ws);
  EXPECT_PRODUCES(ws.diags, "MIG3039");
  std::vector<std::string> messages;
  for (const Diagnostic& d : ws.diags.diagnostics())
    if (d.code() == "MIG3039") messages.push_back(d.message);
  // One note per type: the listener, the scaling targets and the
  // security-group rules (Terraform and Pulumi tag those).
  ASSERT_EQ(messages.size(), 4u);
  auto said = [&](const std::string& what) {
    return std::any_of(messages.begin(), messages.end(),
                       [&](const std::string& m) { return m.find(what) != std::string::npos; });
  };
  EXPECT_TRUE(said("1 AWS::ElasticLoadBalancingV2::Listener (ApiListener)"));
  EXPECT_TRUE(said("2 AWS::ApplicationAutoScaling::ScalableTarget (ApiBlueScaling, ApiGreenScaling)"));
  EXPECT_TRUE(said(" AWS::EC2::SecurityGroupIngress ("));
  EXPECT_TRUE(said(" AWS::EC2::SecurityGroupEgress ("));
  // The same program without tags on the migration: nothing is short of them.
  std::ifstream in(std::string(MIGC_TESTS_DIR) + "/conformance/service-fargate/main.mig");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()), kept, line;
  for (std::istringstream lines(text); std::getline(lines, line);)
    if (line.find("tags") == std::string::npos) kept += line + "\n";
  std::filesystem::path dir = std::filesystem::temp_directory_path() / ("migc-untagged-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "main.mig") << kept;
  // The tests' policy configuration is found upward from a program; bring it along.
  std::filesystem::copy_file(std::string(MIGC_TESTS_DIR) + "/migc.json", dir / "migc.json",
                             std::filesystem::copy_options::overwrite_existing);
  Workspace untagged;
  build(dir.string(), untagged);
  EXPECT_FALSE(test::produces(untagged.diags, "MIG3039"));
  std::filesystem::remove_all(dir);
}

TEST(TargetDiagnostics, RunbookOnlyForProgramsWithACutover) {
  Workspace with, without;
  auto cut = build("cutover-phases", with);
  auto plain = build("settings", without);
  const model::OutputFile* runbook = find(cut, "runbook", "runbook.md");
  ASSERT_NE(runbook, nullptr);
  EXPECT_NE(runbook->content.find("terraform apply -var phase=cutover"), std::string::npos);
  EXPECT_NE(runbook->content.find("--parameter-overrides Phase=rollback"), std::string::npos);
  // The template has named IAM roles: `deploy` needs the capability.
  EXPECT_NE(runbook->content.find("--stack-name cutover-phases --capabilities CAPABILITY_NAMED_IAM --parameter"),
            std::string::npos);
  EXPECT_EQ(runbook->content.find("cloudformation package"), std::string::npos);  // no code asset
  EXPECT_NE(runbook->content.find("pulumi config set phase canary && pulumi up"), std::string::npos);
  EXPECT_EQ(find(plain, "runbook", "runbook.md"), nullptr);
}

TEST(TargetDiagnostics, PhaseNamesMustBeCloudFormationMappingKeys) {
  auto dir = std::filesystem::temp_directory_path() / "migc-mapping-key-test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "main.mig") << R"(migration "keys" { region = "us-east-1" }
param phase: "pre_cut" | "cutover" | "rollback" = "pre_cut"
cutover db {
  zone  = "acme-logistics.net"
  param = phase
  blue { target = "a.example.com" }
  green { target = "b.example.com" }
  phase { name = "pre_cut"; blue = 100; green = 0 }
  phase { name = "cutover"; blue = 0; green = 100 }
  phase { name = "rollback"; blue = 100; green = 0; rollback = true }
}
)";
  Workspace ws;
  std::string error;
  // The scratch folder is outside the repository: use the tests' config
  // (policy rules off) rather than the default rules.
  LoadOptions options;
  options.config_path = MIGC_TESTS_DIR "/migc.json";
  ASSERT_TRUE(runCheckPipeline({(dir / "main.mig").string()}, options, ws, error)) << error;
  // `migc check` decides it from the program (checks/cutover_phase_keys.cpp).
  EXPECT_PRODUCES(ws.diags, "MIG3007");
  std::filesystem::remove_all(dir);
}

// CloudFormation quotas: 200 outputs per template (CHK-O1). 200 pass, 201 are
// reported, and nothing is dropped from any target.
TEST(TargetDiagnostics, CloudFormationTemplatesHoldAtMost200Outputs) {
  auto dir = std::filesystem::temp_directory_path() / "migc-output-limit-test";
  LoadOptions options;
  options.config_path = MIGC_TESTS_DIR "/migc.json";  // outside the repository: the tests' config
  for (int count : {200, 201}) {
    std::filesystem::create_directories(dir);
    std::ofstream program(dir / "main.mig");
    program << "migration \"limit\" { region = \"us-east-1\" }\ntopic alerts {}\n";
    for (int i = 1; i <= count; ++i) program << "output topic_" << i << " = alerts.arn\n";
    program.close();
    Workspace ws;
    std::string error;
    ASSERT_TRUE(runCheckPipeline({(dir / "main.mig").string()}, options, ws, error)) << error;
    // `migc check` decides it from the program (checks/cfn_outputs.cpp).
    EXPECT_EQ(ws.diags.hasErrors(), count > 200) << count << " outputs";
    EXPECT_EQ(test::produces(ws.diags, "MIG3049"), count > 200) << count << " outputs";
    if (count > 200) {
      EXPECT_PRODUCES(ws.diags, "MIG3049");
      // Checked (or built) without CloudFormation, the limit does not apply.
      Workspace other;
      LoadOptions without = options;
      without.scope.cloudformation = false;
      ASSERT_TRUE(runCheckPipeline({(dir / "main.mig").string()}, without, other, error)) << error;
      EXPECT_FALSE(other.diags.hasErrors());
    }
    std::filesystem::remove_all(dir);
  }
}

}  // namespace
}  // namespace migc
