// Pathological input ends in diagnostics, never in a crash or a stack
// overflow; valid input takes the SLL fast path.
#include <gtest/gtest.h>

#include "base/parallel.h"
#include "support/produces.h"
#include "syntax/parse.h"

namespace migc {
namespace {

// Parses on a worker thread, as the driver does.
ParseResult parseOnWorker(const std::string& text) {
  std::optional<ParseResult> result;
  parallelFor(1, [&](size_t) { result.emplace(parseFile(FileId{0}, text)); });
  return std::move(*result);
}

TEST(ParseLimits, FileTooLarge) {
  std::string text(kMaxFileBytes + 1, ' ');
  ParseResult r = parseFile(FileId{0}, text);
  EXPECT_PRODUCES(r.diags, "MIG0008");
  EXPECT_TRUE(r.ast.root().valid());
}

TEST(ParseLimits, DeepBracketsAreRefused) {
  std::string text = "let x = " + std::string(100000, '(') + "1" + std::string(100000, ')');
  ParseResult r = parseOnWorker(text);
  EXPECT_PRODUCES(r.diags, "MIG0007");
}

TEST(ParseLimits, DeepBlocksAreRefused) {
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "a {";
  ParseResult r = parseOnWorker(text);
  EXPECT_PRODUCES(r.diags, "MIG0007");
}

TEST(ParseLimits, LongOperatorChainsAreRefused) {
  std::string text = "let x = 1";
  for (int i = 0; i < 100000; ++i) text += " + 1";
  ParseResult r = parseOnWorker(text);
  EXPECT_PRODUCES(r.diags, "MIG0007");
}

TEST(ParseLimits, PrefixOperatorRunsAreRefused) {
  std::string text = "let x = " + std::string(50000, '!') + "true";
  ParseResult r = parseOnWorker(text);
  EXPECT_PRODUCES(r.diags, "MIG0007");
}

TEST(ParseLimits, ModerateNestingParses) {
  std::string text = "let x = " + std::string(100, '(') + "1" + std::string(100, ')');
  ParseResult r = parseOnWorker(text);
  EXPECT_FALSE(r.diags.hasErrors());
}

TEST(ParseLimits, ValidInputUsesSll) {
  ParseResult r = parseFile(FileId{0}, "cluster a { readers = 2 }\nlet x = [for z in zs : z]\n");
  EXPECT_FALSE(r.diags.hasErrors());
  EXPECT_FALSE(r.used_ll_fallback);
}

TEST(ParseLimits, InvalidInputFallsBackToLl) {
  ParseResult r = parseFile(FileId{0}, "cluster a { readers = = 2 }\n");
  EXPECT_TRUE(r.diags.hasErrors());
  EXPECT_TRUE(r.used_ll_fallback);
}

TEST(ParseLimits, LoneBackslashAtEndOfFile) {
  ParseResult r = parseFile(FileId{0}, "let x = \"abc\\");
  EXPECT_TRUE(r.diags.hasErrors());
}

TEST(ParseLimits, EveryByteValueIsHandled) {
  std::string text;
  for (int i = 0; i < 256; ++i) text.push_back(static_cast<char>(i));
  ParseResult r = parseFile(FileId{0}, text);
  EXPECT_TRUE(r.diags.hasErrors());
}

}  // namespace
}  // namespace migc
