// The project config (migc.json): every problem in it is a diagnostic at
// its line and column; settings change what the rules report; packs,
// baselines and --config work; the JSON Schema and the reader agree.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>
#include <unistd.h>

#include "driver/pipeline.h"
#include "driver/source_hash.h"
#include "policy/policy.h"
#include "support/produces.h"

namespace migc {
namespace {

namespace fs = std::filesystem;

// A program that breaks a few rules: no CostCenter tag (MIG5001), no key on
// the cluster (MIG5006), a source without TLS (MIG2025).
constexpr const char* kProgram = R"(migration "cfg" {
  region = "us-east-1"
  naming = "{kind}-{name}-{suffix}"
  tags   = { Environment = "dev", MigrationPhase = "replication" }
}
param suffix: string = "t"
network main {}
secret admin { username = "dbadmin" }
secret login { username = "replicator"; generate = false }
cluster db {
  engine = aurora_postgresql("16.4"); network = main; credentials = admin
  parameters = { log_statement = "all", "rds.force_ssl" = 1 }
}
source legacy {
  engine = postgres("15"); host = "10.0.0.9"; database = "app"; credentials = login; tls = none
}
)";

class ConfigTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("migc-config-test-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    write("main.mig", kProgram);
  }
  void TearDown() override { fs::remove_all(dir_); }

  void write(const std::string& name, const std::string& text) {
    fs::create_directories((dir_ / name).parent_path());
    std::ofstream(dir_ / name) << text;
  }

  Workspace& check(LoadOptions options = {}) {
    std::string error;
    ok_ = runCheckPipeline({dir_.string()}, options, ws_, error);
    error_ = error;
    return ws_;
  }

  const Diagnostic* find(std::string_view code) const {
    for (const Diagnostic& d : ws_.diags.diagnostics())
      if (d.code() == code) return &d;
    return nullptr;
  }
  LineCol at(const Diagnostic& d) const { return ws_.sources.lineCol(d.range.file, d.range.begin); }

  fs::path dir_;
  Workspace ws_;
  bool ok_ = false;
  std::string error_;
};

TEST_F(ConfigTest, WithoutAConfigTheDefaultsApply) {
  check();
  EXPECT_PRODUCES(ws_.diags, "MIG5001");
  EXPECT_PRODUCES(ws_.diags, "MIG5006");
  EXPECT_EQ(find("MIG5001")->severity, Severity::Error);
  EXPECT_EQ(find("MIG5006")->severity, Severity::Warning);
}

TEST_F(ConfigTest, SyntaxErrorIsReportedAtItsPosition) {
  write("migc.json", "{\n  \"rules\": { \"MIG5001\": \"error\", }\n}\n");
  check();
  const Diagnostic* d = find("MIG4001");
  ASSERT_NE(d, nullptr);
  EXPECT_PRODUCES(ws_.diags, "MIG4001");
  EXPECT_EQ(ws_.sources.path(d->range.file).substr(ws_.sources.path(d->range.file).size() - 9), "migc.json");
  EXPECT_EQ(at(*d).line, 2u);
  EXPECT_EQ(at(*d).column, 34u);  // the stray }
}

TEST_F(ConfigTest, UnknownMembersTypesRulesAndOptionsAreReported) {
  write("migc.json", R"({
  "rule": {},
  "baseline": "most",
  "rules": {
    "required-tag": "error",
    "required-tags": { "options": { "tags": "CostCenter", "tag": [] }, "severty": "note" },
    "MIG0001": "off",
    "MIG5917": "error"
  }
})");
  check();
  EXPECT_PRODUCES(ws_.diags, "MIG4002");  // "rule", "severty"
  EXPECT_PRODUCES(ws_.diags, "MIG4003");  // baseline, tags
  EXPECT_PRODUCES(ws_.diags, "MIG4004");  // required-tag
  EXPECT_PRODUCES(ws_.diags, "MIG4005");  // tag
  EXPECT_PRODUCES(ws_.diags, "MIG4009");  // MIG0001
  EXPECT_PRODUCES(ws_.diags, "MIG4010");  // MIG5917, declared by no policy
  const Diagnostic* unknown = find("MIG4004");
  ASSERT_NE(unknown, nullptr);
  EXPECT_EQ(at(*unknown).line, 5u);
  EXPECT_EQ(unknown->help, "did you mean \"required-tags\"?");
  EXPECT_EQ(find("MIG4002")->help, "did you mean \"rules\"?");
}

TEST_F(ConfigTest, OptionsSeveritiesAndOffChangeFindings) {
  write("migc.json", R"({
  "rules": {
    "required-tags": { "severity": "note", "options": { "tags": ["Owner"] } },
    "MIG5006": "off",
    "MIG2025": "error"
  }
})");
  check();
  const Diagnostic* tags = find("MIG5001");
  ASSERT_NE(tags, nullptr);
  EXPECT_EQ(tags->severity, Severity::Note);
  EXPECT_NE(tags->message.find("Owner"), std::string::npos) << tags->message;
  EXPECT_EQ(find("MIG5006"), nullptr);
  ASSERT_NE(find("MIG2025"), nullptr);
  EXPECT_EQ(find("MIG2025")->severity, Severity::Error);
}

TEST_F(ConfigTest, BaselineNoneTurnsEveryRuleOff) {
  write("migc.json", R"({ "baseline": "none" })");
  check();
  for (const Diagnostic& d : ws_.diags.diagnostics()) EXPECT_FALSE(d.code().starts_with("MIG50")) << d.message;
}

TEST_F(ConfigTest, PacksApplyInOrderAndLocalPacksResolveNextToTheConfig) {
  write("packs/team.json", R"({ "rules": { "cluster-kms-key": "note" } })");
  write("migc.json", R"({ "extends": ["std/strict", "packs/team"] })");
  check();
  ASSERT_NE(find("MIG5006"), nullptr);
  EXPECT_EQ(find("MIG5006")->severity, Severity::Note);  // the later pack wins
  ASSERT_NE(find("MIG2025"), nullptr);
  EXPECT_EQ(find("MIG2025")->severity, Severity::Error);  // from std/strict
}

TEST_F(ConfigTest, MissingAndCyclicPacksAreReported) {
  write("a.json", R"({ "extends": ["b"] })");
  write("b.json", R"({ "extends": ["a"] })");
  write("migc.json", R"({ "extends": ["std/strickt", "a"] })");
  check();
  EXPECT_PRODUCES(ws_.diags, "MIG4006");
  EXPECT_PRODUCES(ws_.diags, "MIG4007");
  EXPECT_NE(find("MIG4006")->help.find("std/strict"), std::string::npos) << find("MIG4006")->help;
}

TEST_F(ConfigTest, ConfigFlagNamesTheFile) {
  write("other/policy.json", R"({ "rules": { "required-tags": "off" } })");
  LoadOptions options;
  options.config_path = (dir_ / "other/policy.json").string();
  check(options);
  EXPECT_EQ(find("MIG5001"), nullptr);
}

TEST_F(ConfigTest, AMissingConfigFlagFileIsAToolError) {
  LoadOptions options;
  options.config_path = (dir_ / "nope.json").string();
  check(options);
  EXPECT_FALSE(ok_);
  EXPECT_NE(error_.find("nope.json"), std::string::npos);
}

TEST_F(ConfigTest, NonSuppressibleRulesIgnoreInlineSuppressions) {
  write("main.mig", std::string(kProgram) + "@allow(MIG5008, reason = \"rotated by the platform team\")\nsecret extra { username = \"x\" }\n");
  write("migc.json", R"({ "rules": { "secret-kms-key": { "suppressible": false } } })");
  check();
  EXPECT_PRODUCES(ws_.diags, "MIG4008");
  bool extra_reported = false;
  for (const Diagnostic& d : ws_.diags.diagnostics())
    extra_reported = extra_reported || (d.code() == "MIG5008" && d.message.find("extra") != std::string::npos);
  EXPECT_TRUE(extra_reported);
}

TEST_F(ConfigTest, ConfigDoesNotChangeTheSourceHash) {
  check();
  std::string without = sourceHash(ws_.sources, dir_.string());
  write("migc.json", R"({ "baseline": "none" })");
  Workspace again;
  std::string error;
  ASSERT_TRUE(runCheckPipeline({dir_.string()}, {}, again, error));
  EXPECT_EQ(again.sources.fileCount(), ws_.sources.fileCount() + 1);  // the config was read
  EXPECT_EQ(sourceHash(again.sources, dir_.string()), without);
}

// ---- the JSON Schema and the reader agree ----------------------------------

nlohmann::json schemaFile() {
  std::ifstream in(fs::path(MIGC_SOURCE_DIR) / "schema" / "migc-config.schema.json");
  std::stringstream ss;
  ss << in.rdbuf();
  return nlohmann::json::parse(ss.str());
}

std::set<std::string> keysOf(const nlohmann::json& object) {
  std::set<std::string> out;
  for (const auto& [k, v] : object.items()) out.insert(k);
  return out;
}

TEST(ConfigSchema, IsGeneratedFromTheRegistry) {
  EXPECT_EQ(schemaFile(), nlohmann::json::parse(policy::configSchemaJson()))
      << "regenerate with: migc explain --config-schema > schema/migc-config.schema.json";
}

TEST(ConfigSchema, DescribesExactlyWhatTheReaderAccepts) {
  nlohmann::json schema = schemaFile();
  const auto& top = policy::configTopLevelKeys();
  EXPECT_EQ(keysOf(schema["properties"]), std::set<std::string>(top.begin(), top.end()));
  const nlohmann::json& rules = schema["properties"]["rules"]["properties"];
  const auto& rule_keys = policy::configRuleKeys();
  for (const policy::RuleEntry& r : policy::allRules()) {
    for (std::string name : {std::string(r.code()), std::string(r.id)}) {
      ASSERT_TRUE(rules.contains(name)) << name;
      const nlohmann::json& object = rules[name]["oneOf"][1];
      EXPECT_EQ(keysOf(object["properties"]), std::set<std::string>(rule_keys.begin(), rule_keys.end()));
      std::set<std::string> options;
      for (const policy::RuleOption& o : r.rule->options()) options.insert(o.name);
      EXPECT_EQ(keysOf(object["properties"]["options"]["properties"]), options) << name;
    }
  }
}

// What the schema documents as defaults, the reader accepts without a word.
TEST_F(ConfigTest, EveryDocumentedOptionDefaultIsAccepted) {
  nlohmann::ordered_json config;
  config["$schema"] = "schema/migc-config.schema.json";
  config["baseline"] = "all";
  for (const policy::RuleEntry& r : policy::allRules()) {
    nlohmann::ordered_json setting{{"severity", "note"}, {"reason", "test"}, {"suppressible", true}, {"enabled", true}};
    for (const policy::RuleOption& o : r.rule->options()) setting["options"][o.name] = nlohmann::ordered_json::parse(o.default_json);
    config["rules"][std::string(r.id)] = setting;
  }
  write("migc.json", config.dump(2));
  check();
  for (const Diagnostic& d : ws_.diags.diagnostics()) EXPECT_FALSE(d.code().starts_with("MIG40")) << d.message;
  for (const Diagnostic& d : ws_.diags.diagnostics())
    if (d.code().starts_with("MIG50")) {
      EXPECT_EQ(d.severity, Severity::Note) << d.code();
    }
}

}  // namespace
}  // namespace migc
