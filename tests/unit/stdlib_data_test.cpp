// The stdlib tables load, and a few facts the domain checks rely on hold in
// the shipped data (a refresh that changes them should be noticed here).
#include <gtest/gtest.h>

#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iterator>

#include "checks/stdlib_data.h"

namespace migc::checks {
namespace {

const std::filesystem::path kStdlib = std::filesystem::path(MIGC_SOURCE_DIR) / "stdlib";

const StdlibData& shipped() {
  static const StdlibData data = [] {
    std::string error;
    auto loaded = loadStdlibData(kStdlib, error);
    if (!loaded) ADD_FAILURE() << error;
    return loaded ? std::move(*loaded) : StdlibData{};
  }();
  return data;
}

TEST(StdlibData, EngineVersions) {
  const EngineInfo* aurora = shipped().engine("aurora-postgresql");
  ASSERT_NE(aurora, nullptr);
  const EngineVersionInfo* v154 = aurora->find("15.4");
  ASSERT_NE(v154, nullptr);
  EXPECT_TRUE(v154->deprecated);
  EXPECT_EQ(v154->major, "15");
  const EngineVersionInfo* v164 = aurora->find("16.4");
  ASSERT_NE(v164, nullptr);
  EXPECT_FALSE(v164->deprecated);
  EXPECT_EQ(aurora->find("15.9"), nullptr);
  EXPECT_TRUE(aurora->hasFamily(aurora->familyFor("15")));
  EXPECT_EQ(aurora->familyFor("15"), "aurora-postgresql15");
  EXPECT_FALSE(aurora->hasMajor("18"));
  const EngineInfo* oracle = shipped().engine("oracle-ee");
  ASSERT_NE(oracle, nullptr);
  EXPECT_TRUE(oracle->versions.empty());  // cfn-lint has no Oracle version list
}

TEST(StdlibData, InstanceClasses) {
  auto dms = shipped().dms_classes.find("dms.r5.large");
  ASSERT_NE(dms, shipped().dms_classes.end());
  EXPECT_EQ(dms->second.memory_gib, 16);
  EXPECT_EQ(dms->second.family, "r5");
  EXPECT_EQ(shipped().dms_classes.at("dms.t3.medium").memory_gib, 4);
  const RdsEngineClasses& aurora = shipped().rds_classes.at("aurora-postgresql");
  EXPECT_TRUE(aurora.classes.count("db.serverless"));
  EXPECT_TRUE(aurora.classes.count("db.r6g.large"));
  EXPECT_FALSE(aurora.classes.count("db.m5.large"));
  EXPECT_FALSE(shipped().rds_classes.at("postgres").cluster_classes.empty());
  EXPECT_EQ(shipped().rds_classes_region, "us-east-1");
}

TEST(StdlibData, ParametersMetricsAndEnums) {
  const StdlibData& d = shipped();
  EXPECT_EQ(d.parameters.at("log_statement").allowed_values, (std::vector<std::string>{"none", "ddl", "mod", "all"}));
  EXPECT_EQ(d.parameters.at("rds.force_ssl").aurora_level, "cluster");
  EXPECT_TRUE(d.parameter_families.count("aurora-postgresql15"));
  EXPECT_EQ(d.metricUnit("AWS/DMS", "CDCLatencyTarget"), "Seconds");
  EXPECT_EQ(d.metricUnit("AWS/RDS", "AuroraReplicaLagMaximum"), "Milliseconds");
  EXPECT_EQ(d.metricUnit("AWS/RDS", "NoSuchMetric"), "");
  EXPECT_EQ(d.insights_retention_days.front(), 7);
  EXPECT_EQ(d.insights_retention_days.back(), 731);
  for (double ok : {10.0, 30.0, 60.0, 120.0, 3600.0}) EXPECT_TRUE(d.alarm_period.allows(ok)) << ok;
  for (double bad : {20.0, 45.0, 90.0}) EXPECT_FALSE(d.alarm_period.allows(bad)) << bad;
}

// The shipped tables are compiled in (stdlib_embed); what loadStdlibData
// returns from them must be what parsing the JSON gives.
TEST(StdlibData, CompiledInTablesEqualTheJson) {
  std::string error;
  auto parsed = parseStdlibData(kStdlib, error);
  ASSERT_TRUE(parsed) << error;
  EXPECT_EQ(stdlibDataAsCpp(shipped()), stdlibDataAsCpp(*parsed));
  EXPECT_EQ(shipped().dir, kStdlib);
}

// A table that differs from the compiled-in one (an edited or other stdlib)
// is parsed, not replaced by the compiled-in data.
TEST(StdlibData, EditedTablesAreParsed) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / fmt::format("migc-stdlib-test-{}", ::getpid());
  fs::remove_all(dir);
  fs::create_directories(dir / "data");
  for (size_t i = 0; i < kStdlibTableCount; ++i)
    fs::copy_file(kStdlib / "data" / stdlibTableFile(i), dir / "data" / stdlibTableFile(i));
  std::string error;
  ASSERT_TRUE(loadStdlibData(dir, error)) << error;  // identical bytes: compiled in
  {
    std::ifstream in(kStdlib / "data" / "aws_regions.json");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    size_t at = text.find("\"regions\": {");
    ASSERT_NE(at, std::string::npos);
    text.insert(at + 12, "\"zz-test-1\": {\"partition\": \"aws-test\"}, ");
    std::ofstream(dir / "data" / "aws_regions.json") << text;
  }
  auto edited = loadStdlibData(dir, error);
  fs::remove_all(dir);
  ASSERT_TRUE(edited) << error;
  ASSERT_TRUE(edited->regions.count("zz-test-1"));
  EXPECT_EQ(edited->regions.at("zz-test-1"), "aws-test");
  EXPECT_EQ(edited->regions.size(), shipped().regions.size() + 1);
}

TEST(StdlibData, MissingDirectoryIsAnError) {
  std::string error;
  EXPECT_FALSE(loadStdlibData("/nonexistent/stdlib", error));
  EXPECT_NE(error.find("engine_versions.json"), std::string::npos) << error;
}

TEST(StdlibData, SearchOrder) {
  std::string error;
  ::unsetenv("MIGC_STDLIB");
  // The flag wins, and a wrong flag is an error rather than skipped.
  EXPECT_EQ(findStdlib(nullptr, kStdlib.string(), error), kStdlib);
  EXPECT_TRUE(findStdlib(nullptr, "/nonexistent", error).empty());
  EXPECT_NE(error.find("--stdlib /nonexistent"), std::string::npos) << error;
  // Then the environment, likewise.
  ::setenv("MIGC_STDLIB", "/nonexistent-env", 1);
  EXPECT_TRUE(findStdlib(nullptr, "", error).empty());
  EXPECT_NE(error.find("MIGC_STDLIB=/nonexistent-env"), std::string::npos) << error;
  ::setenv("MIGC_STDLIB", kStdlib.c_str(), 1);
  EXPECT_EQ(findStdlib(nullptr, "", error), kStdlib);
  ::unsetenv("MIGC_STDLIB");
  // A build tree has no share/migc/stdlib next to it: the source tree is found.
  error.clear();
  std::filesystem::path found = findStdlib("/nonexistent/bin/migc", "", error);
  EXPECT_TRUE(std::filesystem::exists(found / "data" / "engine_versions.json")) << error;
}

}  // namespace
}  // namespace migc::checks
