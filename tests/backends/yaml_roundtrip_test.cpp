// The Pulumi and CloudFormation YAML printers write strings that a YAML 1.1
// reader (PyYAML's safe_load, as cfn-lint uses) reads back unchanged: every
// string that could resolve to a bool, null, number, date or an alias, or
// that has risky characters, must come back as the same string.
#include "cloudformation/printer.h"
#include "pulumi/printer.h"
#include "test_stacks.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

// Without python3 + PyYAML the test cannot run: report it skipped (exit 77).
void requirePyYaml(const char* test) {
  if (std::system("python3 -c 'import yaml' >/dev/null 2>&1") != 0) {
    std::cout << "SKIPPED: backends/" << test << ": python3 with PyYAML is not available\n";
    std::exit(77);
  }
}

// yaml.safe_load of `text`, as JSON.
json loadYaml(const std::string& text, const std::string& name) {
  fs::path path = fs::temp_directory_path() / ("migc-" + std::to_string(getpid()) + "-" + name);
  std::ofstream(path, std::ios::binary) << text;
  std::string cmd = "python3 -c 'import sys, json, yaml; "
                    "json.dump(yaml.safe_load(open(sys.argv[1], encoding=\"utf-8\")), sys.stdout, default=repr)' " +
                    path.string();
  std::string out;
  if (FILE* p = popen(cmd.c_str(), "r")) {
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    if (pclose(p) != 0) ADD_FAILURE() << "PyYAML could not read " << name << ":\n" << text;
  }
  fs::remove(path);
  return json::parse(out.empty() ? "null" : out);
}

void expectTrickyStrings(const json& props, const char* listKey, const char* mapKey, const std::string& text) {
  const auto& want = migc::test::trickyStrings();
  ASSERT_TRUE(props.contains(listKey)) << text;
  const json& list = props[listKey];
  ASSERT_EQ(list.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i)
    EXPECT_EQ(list[i], json(want[i])) << "string #" << i << " read back differently";
  const json& map = props[mapKey];
  for (const auto& w : want) {
    ASSERT_TRUE(map.contains(w)) << "key '" << w << "' read back differently";
    EXPECT_EQ(map[w], json(w));
  }
}

TEST(YamlRoundTrip, Pulumi) {
  requirePyYaml("YamlRoundTrip.Pulumi");
  std::string text = migc::pulumi::printPulumi(migc::test::trickyStack("aws_ssm_parameter")).at(0).content;
  json doc = loadYaml(text, "Pulumi.yaml");
  expectTrickyStrings(doc["resources"]["tricky"]["properties"], "trickyValues", "trickyMap", text);
}

TEST(YamlRoundTrip, CloudFormation) {
  requirePyYaml("YamlRoundTrip.CloudFormation");
  auto stack = migc::test::trickyStack("AWS::SSM::Parameter");
  stack.header = "line one\nyes: no";  // the header is comments, and part of Description
  std::string text = migc::cloudformation::printCloudFormation(stack, false).at(0).content;
  json doc = loadYaml(text, "template.yaml");
  EXPECT_EQ(doc["Description"], "tricky\nline one\nyes: no");
  EXPECT_EQ(doc["AWSTemplateFormatVersion"], "2010-09-09");
  expectTrickyStrings(doc["Resources"]["Tricky"]["Properties"], "tricky_values", "tricky_map", text);
}

}  // namespace
