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
  auto log = nlohmann::json::parse(renderSarif(f.sm, f.sink.diagnostics(), ToolInfo{"migc", "0", ""}));
  const auto& run = log["runs"][0];
  EXPECT_EQ(run["columnKind"], "unicodeCodePoints");
  const auto& region = run["results"][0]["locations"][0]["physicalLocation"]["region"];
  EXPECT_EQ(region["startColumn"], 5);  // byte 6 is code point 5
  int index = run["results"][0]["ruleIndex"];
  EXPECT_EQ(run["tool"]["driver"]["rules"][index]["id"], "MIG0003");
}

}  // namespace
}  // namespace migc
