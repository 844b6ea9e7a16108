// Every ```mig block in docs/language.md parses without errors: the
// reference cannot drift from the grammar.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "diag/render.h"
#include "syntax/parse.h"

namespace migc {
namespace {

TEST(DocsExamples, LanguageReferenceExamplesParse) {
  std::ifstream in(std::string(MIGC_SOURCE_DIR) + "/docs/language.md");
  ASSERT_TRUE(in) << "docs/language.md is missing";
  std::stringstream ss;
  ss << in.rdbuf();
  std::string doc = ss.str();
  size_t blocks = 0, pos = 0;
  while ((pos = doc.find("```mig\n", pos)) != std::string::npos) {
    size_t begin = pos + 7;
    size_t end = doc.find("```", begin);
    ASSERT_NE(end, std::string::npos);
    std::string code = doc.substr(begin, end - begin);
    size_t line = static_cast<size_t>(std::count(doc.begin(), doc.begin() + begin, '\n')) + 1;
    SourceManager sm;
    FileId file = sm.add("docs/language.md:" + std::to_string(line), code);
    ParseResult r = parseFile(file, sm.text(file));
    EXPECT_FALSE(r.diags.hasErrors()) << "example at docs/language.md line " << line << ":\n"
                                      << renderText(sm, r.diags.diagnostics(), false);
    ++blocks;
    pos = end + 3;
  }
  EXPECT_GT(blocks, 20u) << "the language reference should show every construct";
}

}  // namespace
}  // namespace migc
