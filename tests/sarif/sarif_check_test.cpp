// The SARIF checker on migc's renderer output with every feature the
// renderer has (notes -> relatedLocations, fix-its -> fixes, odd paths,
// ranges at end of file), and on small hand-made violations.
#include <gtest/gtest.h>

#include "diag/diagnostic_sink.h"
#include "diag/render.h"
#include "support/sarif_check.h"

namespace migc::test {
namespace {

using nlohmann::json;

std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (const std::string& x : v) s += x + "\n";
  return s;
}

TEST(SarifCheck, MigcRendererOutputIsValid) {
  SourceManager sm;
  // A path with a space, a backslash and non-ASCII must still give a valid URI.
  std::string text =
      "cluster caf\xC3\xA9 {\n  readers = = 2\n  retention = 7days\n  x = \"\xE2\x82\xAC\n";
  FileId f = sm.add("dir with space/sub\\caf\xC3\xA9.mig", text);
  DiagnosticSink sink;
  sink.report(DiagKind::SyntaxError, SourceRange{f, 28, 29},
              "unexpected '='; expected an expression");
  sink.report(DiagKind::UnknownUnit, SourceRange{f, 47, 51}, "days", "7days")
      .fix(SourceRange{f, 47, 51}, "d")
      .help("did you mean 'd'?");
  uint32_t end = static_cast<uint32_t>(text.size());
  sink.report(DiagKind::UnclosedDelimiter, SourceRange{f, end, end}, "{")
      .note("opened here", SourceRange{f, 14, 15})
      .note("a note without a location")
      .note("the block", SourceRange{f, 0, end})
      .fix(SourceRange{f, end, end}, "}\n");
  sink.report(DiagKind::SyntaxError, SourceRange{}, "a diagnostic without a location");

  ToolInfo tool{"migc", "0.1.0", "https://example.com/migc", "https://example.com/migc/docs"};
  json log = json::parse(renderSarif(sm, sink.diagnostics(), tool));
  EXPECT_EQ(validateSarif(log), std::vector<std::string>{}) << joined(validateSarif(log));
  ASSERT_EQ(log["runs"][0]["results"].size(), 4u);
  EXPECT_EQ(log["runs"][0]["results"][2]["relatedLocations"].size(), 2u);
}

TEST(SarifCheck, EmptyRunIsValid) {
  SourceManager sm;
  json log = json::parse(renderSarif(sm, {}, ToolInfo{"migc", "0.1.0", "", ""}));
  EXPECT_EQ(validateSarif(log), std::vector<std::string>{}) << joined(validateSarif(log));
}

json minimal() {
  return json::parse(R"({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "t",
    "rules": [{"id": "R1"}]}}, "results": [{"ruleId": "R1", "ruleIndex": 0,
    "message": {"text": "m"}, "locations": [{"physicalLocation": {
    "artifactLocation": {"uri": "a.mig"}, "region": {"startLine": 1}}}]}]}]})");
}

std::string firstViolation(const json& log) {
  std::vector<std::string> v = validateSarif(log);
  return v.empty() ? "" : v.front();
}

TEST(SarifCheck, Violations) {
  EXPECT_EQ(firstViolation(minimal()), "");
  json region = minimal();
  json& r = region["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"];
  r = {{"startLine", 2}, {"startColumn", 5}, {"endColumn", 4}};
  EXPECT_NE(firstViolation(region).find("endColumn 4 < startColumn 5"), std::string::npos);
  r = {{"startColumn", 5}};
  EXPECT_NE(firstViolation(region).find("needs 'startLine'"), std::string::npos);
  r = {{"startLine", 0}};
  EXPECT_NE(firstViolation(region).find("below the minimum 1"), std::string::npos);

  json index = minimal();
  index["runs"][0]["results"][0]["ruleIndex"] = 3;
  EXPECT_NE(firstViolation(index).find("out of range"), std::string::npos);
  index["runs"][0]["results"][0]["ruleIndex"] = -2;
  EXPECT_NE(firstViolation(index).find("below the minimum -1"), std::string::npos);

  json level = minimal();
  level["runs"][0]["results"][0]["level"] = "fatal";
  EXPECT_NE(firstViolation(level).find("not one of none|note|warning|error"), std::string::npos);
  level["runs"][0]["results"][0]["level"] = "note";
  level["runs"][0]["columnKind"] = "bytes";
  EXPECT_NE(firstViolation(level).find("not one of utf16CodeUnits"), std::string::npos);

  json uri = minimal();
  json& u =
      uri["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
  for (const char* bad : {"a\\b.mig", "caf\xC3\xA9.mig", "a%2.mig", "a#b#c"}) {
    u = bad;
    EXPECT_NE(firstViolation(uri).find("invalid URI"), std::string::npos) << bad;
  }
  for (const char* good : {"a%20b.mig", "file:///x/y.mig", "../x.mig", "x.mig#L3"}) {
    u = good;
    EXPECT_EQ(firstViolation(uri), "") << good;
  }
  json info = minimal();
  info["runs"][0]["tool"]["driver"]["informationUri"] = "docs/migc.md";
  EXPECT_NE(firstViolation(info).find("not an absolute URI"), std::string::npos);

  json bag = minimal();
  bag["runs"][0]["properties"] = {{"anything", {{"goes", 1}}}, {"tags", {"a", "a"}}};
  EXPECT_NE(firstViolation(bag).find("/runs/0/properties/tags: items must be unique"),
            std::string::npos);

  json types = minimal();
  types["runs"][0]["results"][0]["message"]["text"] = 3;
  EXPECT_NE(firstViolation(types).find("/message/text: expected a string"), std::string::npos);
  EXPECT_NE(firstViolation(json::array()).find("/: expected an object"), std::string::npos);
}

}  // namespace
}  // namespace migc::test
