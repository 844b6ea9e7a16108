// `migc fmt` on every .mig file in the repository: formatting is idempotent,
// never changes the meaning (the AST dump without positions, and every
// comment's text, are unchanged), and restores deliberately misformatted
// copies byte for byte. Every well-formed .mig file in the repository is canonical.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <regex>
#include <sstream>

#include "MigLexer.h"
#include "format/format_lines.h"
#include "format/formatter.h"
#include "syntax/parse.h"

namespace migc {
namespace {

namespace fs = std::filesystem;
const fs::path kRoot = MIGC_SOURCE_DIR;

std::string readText(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<fs::path> migFiles(const fs::path& dir) {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".mig") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

// Folders whose files are malformed on purpose (syntax-error cases, fuzz
// seeds); every other .mig file in the repository must parse.
bool malformedOnPurpose(const fs::path& p) {
  std::string rel = fs::relative(p, kRoot).generic_string();
  return rel.starts_with("tests/diagnostics/syntax/") || rel.starts_with("tests/fuzz/corpus/") ||
         rel.starts_with("tests/sarif/cases/");
}

// Every .mig file of the repository's sources that parses without errors.
std::vector<fs::path> corpus() {
  std::vector<fs::path> out;
  for (const char* dir : {"examples", "stdlib", "tests", "editors", "bench"}) {
    if (!fs::exists(kRoot / dir)) continue;
    for (const fs::path& p : migFiles(kRoot / dir)) {
      std::string text = readText(p);
      bool parses = !parseFile(FileId{0}, text).diags.hasErrors();
      if (parses) out.push_back(p);
      else EXPECT_TRUE(malformedOnPurpose(p)) << p << " does not parse";
    }
  }
  return out;
}

// The AST dump without source positions, and the text of every comment.
std::string meaning(std::string_view text) {
  ParseResult r = parseFile(FileId{0}, text);
  static const std::regex kPos(R"(\[\d+:\d+-\d+:\d+\])");
  std::string out = std::regex_replace(dumpAst(r.ast, text), kPos, "");
  // Trailing blanks of a line comment are the only comment bytes fmt drops.
  for (auto [b, e] : r.ast.comments()) {
    std::string c(text.substr(b, e - b));
    if (c.starts_with("//") || c.starts_with("#")) c.erase(c.find_last_not_of(" \t\f") + 1);
    out += "comment: " + c + "\n";
  }
  return out;
}

TEST(Format, IdempotentAndMeaningPreserving) {
  auto files = corpus();
  ASSERT_GT(files.size(), 20u);
  for (const fs::path& p : files) {
    SCOPED_TRACE(p.string());
    std::string text = readText(p);
    std::string once = formatSource(text);
    EXPECT_EQ(formatSource(once), once) << "not idempotent";
    EXPECT_FALSE(parseFile(FileId{0}, once).diags.hasErrors());
    EXPECT_EQ(meaning(once), meaning(text)) << "meaning changed; formatted:\n" << once;
  }
}

// `migc fmt --check` accepts every well-formed .mig file in the repository.
// (Spellings fmt rewrites, such as trailing commas, are covered by
// tests/unit/parse_forms_test.cpp.)
TEST(Format, RepositoryFilesAreCanonical) {
  auto files = corpus();
  ASSERT_GT(files.size(), 40u);
  for (const fs::path& p : files) {
    std::string text = readText(p);
    EXPECT_EQ(formatSource(text), text) << p << " is not canonical: run migc fmt -w on it";
  }
}

// Rebuilds a canonical file with random indentation, spacing, trailing
// blanks, CRLF line ends and extra blank lines where one already was; the
// tokens, line structure and blank-line positions stay as they were.
std::string misformat(std::string_view text, unsigned seed) {
  std::mt19937 rng(seed);
  auto pick = [&](unsigned n) { return static_cast<unsigned>(rng() % n); };
  auto wordy = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '"'; };
  auto loose = [](const format::Atom& a) {
    using mig::MigLexer;
    switch (a.type) {
      case MigLexer::COMMA: case MigLexer::SEMI: case MigLexer::LPAREN: case MigLexer::RPAREN:
      case MigLexer::LBRACKET: case MigLexer::RBRACKET: case MigLexer::LBRACE: case MigLexer::RBRACE:
        return true;
    }
    return false;
  };
  std::string out;
  for (const format::Line& line : format::splitLines(text)) {
    if (line.blanks_before) out += std::string(1 + pick(3), '\n');
    const char* indents[] = {"", " ", "\t", "      ", " \t "};
    out += indents[pick(5)];
    const format::Atom* prev = nullptr;
    for (const format::Atom& a : line.atoms) {
      if (prev) {
        // Dropping the space is safe next to a bracket or separator, and
        // at '=' beside a word (never '= =', which would lex as '==').
        bool assign_pair = (prev->type == mig::MigLexer::ASSIGN && wordy(a.text.front())) ||
                           (a.type == mig::MigLexer::ASSIGN && wordy(prev->text.back()));
        bool may_drop = a.isCode() && prev->isCode() && (loose(*prev) || loose(a) || assign_pair);
        const char* gaps[] = {" ", "  ", "\t", "   "};
        out += may_drop && pick(2) ? "" : gaps[pick(4)];
      }
      out += a.text;
      prev = &a;
    }
    if (pick(3) == 0) out += "  ";
    out += pick(4) == 0 ? "\r\n" : "\n";
  }
  return out;
}

TEST(Format, RestoresMisformattedCopies) {
  for (const fs::path& p : corpus()) {
    std::string text = readText(p);
    for (unsigned seed = 1; seed <= 5; ++seed) {
      std::string bad = misformat(text, seed);
      SCOPED_TRACE(p.string() + " seed " + std::to_string(seed));
      ASSERT_FALSE(parseFile(FileId{0}, bad).diags.hasErrors()) << bad;
      EXPECT_EQ(formatSource(bad), text) << "misformatted input:\n" << bad;
    }
  }
}

// The lines as text: each atom's type, kind and bytes, and blank lines.
std::string describe(const std::vector<format::Line>& lines) {
  std::string out;
  for (const format::Line& line : lines) {
    out += "blanks " + std::to_string(line.blanks_before) + ":";
    for (const format::Atom& a : line.atoms)
      out += " [" + std::to_string(a.type) + "/" + std::to_string(static_cast<int>(a.kind)) + " " + std::string(a.text) + "]";
    out += "\n";
  }
  return out;
}

// The formatter lexes with the hand-written lexer and falls back to ANTLR's
// for a file it gives up on: both give the same lines, on every file of the
// repository (the malformed ones too, where the fast lexer takes them) and
// on misformatted copies (CRLF, tabs, form feeds, trailing blanks).
TEST(Format, FastAndAntlrLexersSplitTheSameLines) {
  size_t fast = 0;
  for (const char* dir : {"examples", "stdlib", "tests", "editors", "bench", "docs"}) {
    if (!fs::exists(kRoot / dir)) continue;
    for (const fs::path& p : migFiles(kRoot / dir)) {
      std::string text = readText(p);
      std::vector<std::string> variants = {text, misformat(text, 7), text + "\f // tail \t\n\n/* end */"};
      for (const std::string& v : variants) {
        auto lines = format::splitLinesFast(v);
        if (!lines) continue;  // a lexical error: ANTLR's alone
        ++fast;
        EXPECT_EQ(describe(*lines), describe(format::splitLinesAntlr(v))) << p;
      }
    }
  }
  for (std::string_view v : {"", "\n", "a\n\n\nb", "x = \"a${b /* c */ + \"d${e}\"}f\" // g  \r\n# h\r\n",
                             "s = \"${ {a = 1}.a }\"\n/*\n*/ t", "#\n//\n/**/"}) {
    auto lines = format::splitLinesFast(v);
    ASSERT_TRUE(lines) << v;
    EXPECT_EQ(describe(*lines), describe(format::splitLinesAntlr(v))) << v;
  }
  EXPECT_GT(fast, 100u);
}

TEST(Format, Basics) {
  EXPECT_EQ(formatSource(""), "");
  EXPECT_EQ(formatSource("\n\n  \n"), "");
  EXPECT_EQ(formatSource("network main{zones=3}"), "network main { zones = 3 }\n");
  EXPECT_EQ(formatSource("topic t { }\n"), "topic t {}\n");
  EXPECT_EQ(formatSource("let x=-a-b*(c+1)\n"), "let x = -a - b * (c + 1)\n");
  EXPECT_EQ(formatSource("param p : list < string > = [ 1 , 2, ]\n"),
            "param p: list<string> = [1, 2]\n");
  EXPECT_EQ(formatSource("let v = c?a:b\n"), "let v = c ? a : b\n");
  EXPECT_EQ(formatSource("x {\na = [\n1,\n2\n]\n}\n"), "x {\n  a = [\n    1,\n    2,\n  ]\n}\n");
  EXPECT_EQ(formatSource("x {\n  a = 1 // one\n  bbb = 22 // two\n}\n"),
            "x {\n  a   = 1  // one\n  bbb = 22 // two\n}\n");
  EXPECT_EQ(formatSource("a { b = \"x  =  y\" /* c  d */ }"), "a { b = \"x  =  y\" /* c  d */ }\n");
  EXPECT_EQ(formatSource("// note  \t\n"), "// note\n");
  EXPECT_EQ(formatSource("x {\n\n\n  a = 1\n\n\n\n  b = 2\n\n}\nx {\n}\n"),
            "x {\n  a = 1\n\n  b = 2\n}\n\nx {\n}\n");
}

}  // namespace
}  // namespace migc
