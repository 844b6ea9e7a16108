// Name lookups and @allow suppressions on hand-built programs: the hashed
// name index in ir::Program and the grouped suppressions must answer as the
// linear scans they replaced did (first declaration wins; every covering
// @allow is used, nested or not; file and code must match).
#include <gtest/gtest.h>

#include "ir/program.h"
#include "policy/suppressions.h"

namespace migc {
namespace {

ir::Object object(std::string name, uint32_t begin, uint32_t end, FileId file = FileId{0}) {
  ir::Object o;
  o.kind = "secret";
  o.name = std::move(name);
  o.range = SourceRange{file, begin, end};
  o.name_range = o.range;
  return o;
}

TEST(NameIndex, FindsAddedAndDirectlyAppendedDeclarations) {
  ir::Program p;
  p.add(object("a", 0, 10));
  p.objects.push_back(object("b", 10, 20));  // not indexed: found by the scan
  p.add(object("c", 20, 30));                // indexes "b" on the way
  p.objects.push_back(object("d", 30, 40));
  EXPECT_EQ(p.indexOf("a"), 0);
  EXPECT_EQ(p.indexOf("b"), 1);
  EXPECT_EQ(p.indexOf("c"), 2);
  EXPECT_EQ(p.indexOf("d"), 3);
  EXPECT_EQ(p.indexOf("e"), -1);
  EXPECT_EQ(p.find("c"), &p.objects[2]);
  EXPECT_EQ(p.find("e"), nullptr);
}

TEST(NameIndex, FirstDeclarationOfANameWins) {
  ir::Program p;
  p.add(object("a", 0, 10));
  p.add(object("a", 10, 20));
  p.objects.push_back(object("a", 20, 30));
  EXPECT_EQ(p.indexOf("a"), 0);
  ir::Program copy = p;  // the index travels with the program
  EXPECT_EQ(copy.find("a"), &copy.objects[0]);
}

ir::Suppression allow(std::string code, std::string object, FileId file = FileId{0}) {
  ir::Suppression s;
  s.code = std::move(code);
  s.object = std::move(object);
  s.file = file;
  s.range = SourceRange{file, 0, 1};
  return s;
}

std::vector<std::string> codes(const DiagnosticSink& sink) {
  std::vector<std::string> out;
  for (const Diagnostic& d : sink.diagnostics()) out.push_back(std::string(d.code()) + "@" + std::to_string(d.range.begin));
  return out;
}

TEST(Suppressions, EveryCoveringAllowIsUsedAndOthersReported) {
  ir::Program p;
  p.add(object("outer", 0, 100));
  p.add(object("inner", 10, 20));
  p.add(object("late", 200, 300));
  p.add(object("other_file", 0, 100, FileId{1}));
  p.suppressions = {allow("MIG5008", "outer"), allow("MIG5008", "inner"), allow("MIG5008", "late"),
                    allow("MIG5009", "inner"), allow("MIG5008", "other_file", FileId{1}), allow("MIG5008", "gone")};
  DiagnosticSink diags;
  diags.report(DiagKind::SecretKmsKey, SourceRange{FileId{0}, 12, 15}, "x");   // inner and outer
  diags.report(DiagKind::SecretKmsKey, SourceRange{FileId{0}, 150, 160}, "x"); // nothing covers it
  diags.report(DiagKind::TopicKmsKey, SourceRange{FileId{0}, 15, 25}, "x");    // crosses inner's end
  policy::applySuppressions(p, diags, /*judge_unused=*/true);
  // Kept: the two uncovered findings; unused: late, MIG5009 on inner, the
  // other file's and the one naming no declaration.
  EXPECT_EQ(codes(diags), (std::vector<std::string>{"MIG5008@150", "MIG5009@15", "MIG1018@0", "MIG1018@0",
                                                    "MIG1018@0", "MIG1018@0"}));
}

TEST(Suppressions, FileAllowCoversTheWholeFileOnly) {
  ir::Program p;
  p.suppressions = {allow("MIG5008", "")};
  DiagnosticSink diags;
  diags.report(DiagKind::SecretKmsKey, SourceRange{FileId{0}, 500, 510}, "x");
  diags.report(DiagKind::SecretKmsKey, SourceRange{FileId{1}, 5, 10}, "x");
  policy::applySuppressions(p, diags, /*judge_unused=*/true);
  EXPECT_EQ(codes(diags), (std::vector<std::string>{"MIG5008@5"}));
}

TEST(Suppressions, ManyDisjointDeclarationsInOneFile) {
  ir::Program p;
  for (uint32_t i = 0; i < 1000; ++i) {
    p.add(object("s" + std::to_string(i), i * 10, i * 10 + 10));
    if (i % 2 == 0) p.suppressions.push_back(allow("MIG5008", "s" + std::to_string(i)));
  }
  DiagnosticSink diags;
  for (uint32_t i = 0; i < 1000; ++i) diags.report(DiagKind::SecretKmsKey, SourceRange{FileId{0}, i * 10 + 1, i * 10 + 2}, "x");
  policy::applySuppressions(p, diags, /*judge_unused=*/true);
  EXPECT_EQ(diags.diagnostics().size(), 500u);
  for (const Diagnostic& d : diags.diagnostics()) EXPECT_EQ((d.range.begin / 10) % 2, 1u) << d.range.begin;
}

}  // namespace
}  // namespace migc
