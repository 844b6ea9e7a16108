// The resource-name API over the shipped resource_names.json, and the zone
// and engine-fact lookups the backends call.
#include <gtest/gtest.h>

#include "checks/resource_names.h"

namespace migc::checks {
namespace {

const StdlibData& shipped() {
  static const StdlibData data = [] {
    std::string error;
    auto loaded = loadStdlibData(std::filesystem::path(MIGC_SOURCE_DIR) / "stdlib", error);
    if (!loaded) ADD_FAILURE() << error;
    return loaded ? std::move(*loaded) : StdlibData{};
  }();
  return data;
}

std::string reason(const std::optional<NameViolation>& v) { return v ? v->reason : "ok"; }

TEST(ResourceNames, RdsIdentifiers) {
  const char* type = "AWS::RDS::DBCluster";
  EXPECT_EQ(reason(checkName(shipped(), type, "DBClusterIdentifier", "aurora-dev")), "ok");
  EXPECT_EQ(reason(checkName(shipped(), type, "DBClusterIdentifier", "1aurora")), "must start with a letter");
  EXPECT_EQ(reason(checkName(shipped(), type, "DBClusterIdentifier", "aurora--dev")), "has two hyphens in a row");
  EXPECT_EQ(reason(checkName(shipped(), type, "DBClusterIdentifier", "aurora-")), "must end with a letter or digit");
  EXPECT_EQ(reason(checkName(shipped(), type, "DBClusterIdentifier", std::string(64, 'a'))),
            "is 64 characters long; at most 63 are allowed");
  EXPECT_EQ(reason(checkName(shipped(), type, "DBClusterIdentifier", "aurora_dev")),
            "has '_': only letters, digits and '-' are allowed");
}

TEST(ResourceNames, ReservedPrefixesAndSuffixes) {
  EXPECT_EQ(reason(checkName(shipped(), "AWS::EC2::SecurityGroup", "GroupName", "sg-database")),
            "must not start with 'sg-' (reserved by AWS)");
  EXPECT_EQ(reason(checkName(shipped(), "AWS::EC2::SecurityGroup", "GroupName", "database-sg")), "ok");
  EXPECT_EQ(reason(checkName(shipped(), "AWS::S3::Bucket", "BucketName", "logs-s3alias")),
            "must not end with '-s3alias' (reserved by AWS)");
  EXPECT_EQ(reason(checkName(shipped(), "AWS::S3::Bucket", "BucketName", "Logs")), "has uppercase letters");
  EXPECT_EQ(reason(checkName(shipped(), "AWS::S3::Bucket", "BucketName", "a..b")), "contains '..'");
  EXPECT_EQ(reason(checkName(shipped(), "AWS::RDS::DBSubnetGroup", "DBSubnetGroupName", "default")),
            "'default' is reserved by AWS");
}

TEST(ResourceNames, WorstCaseWithParams) {
  const NameRule* rule = nameRule(shipped(), "AWS::ElasticLoadBalancingV2::TargetGroup", "Name");
  ASSERT_NE(rule, nullptr);
  std::vector<NamePart> parts{{"orders-green-tg-", false, -1}, {"suffix", true, -1}};
  EXPECT_EQ(reason(checkNameWorstCase(*rule, parts)), "ok");  // unknown length counts as empty
  EXPECT_EQ(roomForParams(*rule, parts), 16);
  parts[1].max_length = 20;  // an enum param whose longest value has 20 characters
  EXPECT_EQ(reason(checkNameWorstCase(*rule, parts)),
            "can be 36 characters long with its params at their longest; at most 32 are allowed");
  EXPECT_EQ(shownName(parts), "orders-green-tg-\xE2\x80\xA6");
}

TEST(ResourceNames, TerraformKeys) {
  const NameRule* rule = nameRuleForTerraform(shipped(), "aws_rds_cluster_instance", "identifier");
  ASSERT_NE(rule, nullptr);
  EXPECT_EQ(rule->cfn_type, "AWS::RDS::DBInstance");
  EXPECT_EQ(rule->max_length, 63);
  EXPECT_NE(nameRuleForTerraform(shipped(), "aws_dms_replication_instance", "replication_instance_id"), nullptr);
}

TEST(ResourceNames, ZonesAndEngineFacts) {
  const auto* west = shipped().zonesOf("us-west-1");
  ASSERT_NE(west, nullptr);
  EXPECT_EQ(*west, (std::vector<std::string>{"us-west-1a", "us-west-1b"}));
  EXPECT_EQ(shipped().zonesOf("ca-central-1")->back(), "ca-central-1d");
  EXPECT_EQ(shipped().zonesOf("nowhere-1"), nullptr);
  const EngineFacts* mysql = shipped().engineFacts("aurora-mysql");
  ASSERT_NE(mysql, nullptr);
  EXPECT_EQ(mysql->default_port, 3306);
  EXPECT_EQ(mysql->dms_target, "aurora");
  EXPECT_GT(mysql->backtrack_max_seconds, 0);
  const EngineFacts* oracle = shipped().engineFacts("oracle");  // a bare family finds its first edition
  ASSERT_NE(oracle, nullptr);
  EXPECT_EQ(oracle->dms_source, "oracle");
  EXPECT_EQ(shipped().engineFacts("sqlserver-se")->default_port, 1433);
  EXPECT_EQ(shipped().engineFacts("aurora-postgresql")->backtrack_max_seconds, 0);
}

}  // namespace
}  // namespace migc::checks
