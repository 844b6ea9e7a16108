#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "diag/diagnostic_sink.h"
#include "diag/render.h"

namespace migc {
namespace {

struct Fixture {
  SourceManager sm;
  FileId file;
  DiagnosticSink sink;
  explicit Fixture(std::string text) { file = sm.add("t.mig", std::move(text)); }
};

TEST(RenderText, CaretUnderRangeWithTabs) {
  Fixture f("x = 1\n\tbad = 2\n");
  f.sink.report(DiagKind::InvalidCharacter, SourceRange{f.file, 7, 10}, "'b'");
  std::string out = renderText(f.sm, f.sink.diagnostics(), false);
  EXPECT_NE(out.find("t.mig:2:2: error[MIG0003]: unexpected character 'b'\n"), std::string::npos) << out;
  // The tab expands to 8 columns; the caret sits under 'bad'.
  EXPECT_NE(out.find("        bad = 2\n        ^~~\n"), std::string::npos) << out;
}

TEST(RenderText, NonAsciiLineStillGetsCaret) {
  Fixture f("name = \"café\" ^\n");
  // '^' is byte 15 (é is two bytes) but display column 14.
  f.sink.report(DiagKind::InvalidCharacter, SourceRange{f.file, 15, 16}, "'^'");
  std::string out = renderText(f.sm, f.sink.diagnostics(), false);
  EXPECT_NE(out.find("t.mig:1:16:"), std::string::npos) << out;  // byte column
  EXPECT_NE(out.find("\n              ^\n"), std::string::npos) << out;
}

TEST(RenderText, NotesFixesAndHelp) {
  Fixture f("a {\n  b = 7days\n}\n");
  f.sink.report(DiagKind::UnknownUnit, SourceRange{f.file, 11, 15}, "days", "7days")
      .fix(SourceRange{f.file, 11, 15}, "d")
      .note("block opened here", SourceRange{f.file, 2, 3})
      .help("did you mean 'd'?");
  std::string out = renderText(f.sm, f.sink.diagnostics(), false);
  EXPECT_NE(out.find("       ^~~~\n       d\n"), std::string::npos) << out;
  EXPECT_NE(out.find("t.mig:1:3: note: block opened here\n"), std::string::npos) << out;
  EXPECT_NE(out.find("help: did you mean 'd'?"), std::string::npos) << out;
}

TEST(RenderText, ColorOnlyWhenAsked) {
  Fixture f("x\n");
  f.sink.report(DiagKind::InvalidCharacter, SourceRange{f.file, 0, 1}, "'x'");
  EXPECT_EQ(renderText(f.sm, f.sink.diagnostics(), false).find('\x1b'), std::string::npos);
  EXPECT_NE(renderText(f.sm, f.sink.diagnostics(), true).find("\x1b["), std::string::npos);
}

TEST(RenderJson, OneObjectPerLine) {
  Fixture f("a\nb\n");
  f.sink.report(DiagKind::InvalidCharacter, SourceRange{f.file, 0, 1}, "'a'");
  f.sink.report(DiagKind::InvalidCharacter, SourceRange{f.file, 2, 3}, "'b'");
  std::string out = renderJsonLines(f.sm, f.sink.diagnostics());
  auto second = nlohmann::json::parse(out.substr(out.find('\n') + 1));
  EXPECT_EQ(second["line"], 2);
  EXPECT_EQ(second["column"], 1);
  EXPECT_EQ(second["endColumn"], 2);
  EXPECT_EQ(second["code"], "MIG0003");
  EXPECT_EQ(second["severity"], "error");
  EXPECT_EQ(second["file"], "t.mig");
}

TEST(RenderSarif, CodePointColumnsAndRules) {
  Fixture f("é = ^\n");
  f.sink.report(DiagKind::InvalidCharacter, SourceRange{f.file, 5, 6}, "'^'");
  auto log = nlohmann::json::parse(renderSarif(f.sm, f.sink.diagnostics(), ToolInfo{"migc", "0", "", ""}));
  const auto& run = log["runs"][0];
  EXPECT_EQ(run["columnKind"], "unicodeCodePoints");
  const auto& region = run["results"][0]["locations"][0]["physicalLocation"]["region"];
  EXPECT_EQ(region["startColumn"], 5);  // byte 6 is code point 5
  int index = run["results"][0]["ruleIndex"];
  EXPECT_EQ(run["tool"]["driver"]["rules"][index]["id"], "MIG0003");
}

// Code scanning resolves %SRCROOT% to its checkout: a file under the source
// root is written relative to it, one outside as an absolute file URI (a
// relative reference may not start with '/').
TEST(RenderSarif, PathsRelativeToTheSourceRoot) {
  SourceManager sm;
  FileId inside = sm.add("/work/repo/app/main.mig", "x\n");
  FileId relative = sm.add("./app/b c.mig", "y\n");
  FileId outside = sm.add("/elsewhere/lib.mig", "z\n");
  DiagnosticSink sink;
  for (FileId f : {inside, relative, outside}) sink.report(DiagKind::InvalidCharacter, SourceRange{f, 0, 1}, "'x'");
  auto log = nlohmann::json::parse(
      renderSarif(sm, sink.diagnostics(), ToolInfo{"migc", "0", "https://h.example", "https://h.example/docs"},
                  SarifOptions{"/work/repo"}));
  const auto& run = log["runs"][0];
  EXPECT_EQ(run["originalUriBaseIds"]["%SRCROOT%"]["uri"], "file:///work/repo/");
  auto location = [&](int i) { return run["results"][i]["locations"][0]["physicalLocation"]["artifactLocation"]; };
  EXPECT_EQ(location(0)["uri"], "app/main.mig");
  EXPECT_EQ(location(0)["uriBaseId"], "%SRCROOT%");
  EXPECT_EQ(location(1)["uri"], "app/b%20c.mig");
  EXPECT_EQ(location(2)["uri"], "file:///elsewhere/lib.mig");
  EXPECT_FALSE(location(2).contains("uriBaseId"));
  EXPECT_EQ(run["tool"]["driver"]["informationUri"], "https://h.example");
  for (const auto& rule : run["tool"]["driver"]["rules"]) {
    std::string id = rule["id"], uri = rule["helpUri"];
    std::string page = id.starts_with("MIG5") ? "policies.md#" : "diagnostics.md#";
    EXPECT_TRUE(uri.starts_with("https://h.example/docs/" + page)) << id << ": " << uri;
  }
}

// The fingerprint follows the text of the result's line, not its number, and
// tells apart identical results on identical lines.
TEST(RenderSarif, FingerprintsSurviveMovedLines) {
  auto fingerprints = [](const std::string& text, std::vector<uint32_t> offsets) {
    SourceManager sm;
    FileId f = sm.add("t.mig", text);
    DiagnosticSink sink;
    for (uint32_t o : offsets) sink.report(DiagKind::InvalidCharacter, SourceRange{f, o, o + 1}, "'^'");
    auto log = nlohmann::json::parse(renderSarif(sm, sink.diagnostics(), ToolInfo{"migc", "0", "", ""}));
    std::vector<std::string> out;
    for (const auto& r : log["runs"][0]["results"]) out.push_back(r["partialFingerprints"]["migcResult/v1"]);
    return out;
  };
  auto before = fingerprints("a ^\nb ^\n", {2, 6});
  auto after = fingerprints("\n\na ^\nb ^\n", {4, 8});
  EXPECT_EQ(before, after);
  EXPECT_NE(before[0], before[1]);
  auto twice = fingerprints("a ^\na ^\n", {2, 6});
  EXPECT_NE(twice[0], twice[1]);
}

}  // namespace
}  // namespace migc
