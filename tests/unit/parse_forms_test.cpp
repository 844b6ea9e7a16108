// Spellings the parser accepts but `migc fmt` rewrites, so no canonical file
// in the repository shows them: each must mean exactly what its canonical
// form means (same AST apart from positions).
#include <gtest/gtest.h>

#include <regex>

#include "syntax/parse.h"

namespace migc {
namespace {

std::string shape(std::string_view text) {
  ParseResult r = parseFile(FileId{0}, text);
  EXPECT_FALSE(r.diags.hasErrors()) << text;
  static const std::regex kPos(R"(\[\d+:\d+-\d+:\d+\])");
  return std::regex_replace(dumpAst(r.ast, text), kPos, "");
}

TEST(ParseForms, TrailingCommaInAList) {
  EXPECT_EQ(shape("let i = [1, 2, 3,]\n"), shape("let i = [1, 2, 3]\n"));
}

TEST(ParseForms, TrailingCommaInAMap) {
  EXPECT_EQ(shape("let m = { a = 1, b = 2, }\n"), shape("let m = { a = 1, b = 2 }\n"));
}

TEST(ParseForms, SpaceBeforeTheComprehensionColon) {
  EXPECT_EQ(shape("let j = [for z in zs : z if z != 1]\n"), shape("let j = [for z in zs: z if z != 1]\n"));
}

TEST(ParseForms, SpaceBeforeASeparator) {
  EXPECT_EQ(shape("secret s { username = \"u\" ; rotation = off }\n"),
            shape("secret s { username = \"u\"; rotation = off }\n"));
}

TEST(ParseForms, CommentAtTheEndWithoutANewline) {
  std::string_view text = "secret s {}\n// the last line";
  ParseResult r = parseFile(FileId{0}, text);
  EXPECT_FALSE(r.diags.hasErrors());
  ASSERT_EQ(r.ast.comments().size(), 1u);
  auto [b, e] = r.ast.comments()[0];
  EXPECT_EQ(text.substr(b, e - b), "// the last line");
}

}  // namespace
}  // namespace migc
