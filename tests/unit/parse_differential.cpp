// The differential test of the two front ends. For every input it parses
// with the ANTLR path alone (the reference, which defines the language) and
// with the fast parser, and checks:
//   * when the fast parser accepts, the reference reports nothing and built
//     the same tree (astDifference: kinds, ranges, names, numbers, comments);
//   * when the reference reports nothing, the fast parser accepted (for the
//     repository's own files: a valid file that slips onto the slow path is
//     a performance bug, caught here rather than in a benchmark);
//   * parseFile, which chooses between them, gives byte-identical rendered
//     diagnostics and an identical AST dump to the reference.
// Inputs: every .mig file and every ```mig* block of a .md file under the
// roots given, small edge cases written below, and with --mutations,
// variants of each file with a byte deleted, the text cut short, or a
// troublesome string inserted, so that the error paths are compared too.
//
// usage: parse_differential [--mutations] ROOT...
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <string>
#include <vector>

#include "base/parallel.h"
#include "diag/render.h"
#include "syntax/parse.h"
#include "syntax/parser.h"
#include "support/markdown_blocks.h"

namespace fs = std::filesystem;
using namespace migc;

namespace {

struct Input {
  std::string name;
  std::string text;
  bool must_be_fast = false;  // valid input that must take the fast path
};

std::string readAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void addMarkdownBlocks(const fs::path& p, std::vector<Input>& out) {
  // Fragments and mistakes too: the error paths are compared on them.
  for (const test::MarkdownBlock& b : test::migBlocks(readAll(p)))
    out.push_back({p.string() + ":" + std::to_string(b.line), b.code, false});
}

void collect(const fs::path& root, std::vector<Input>& out) {
  auto add = [&](const fs::path& p) {
    if (p.extension() == ".mig") out.push_back({p.string(), readAll(p), true});
    else if (p.extension() == ".md") addMarkdownBlocks(p, out);
  };
  if (!fs::is_directory(root)) {
    add(root);
    return;
  }
  std::vector<fs::path> paths;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file()) paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  for (const fs::path& p : paths) add(p);
}

// Inputs at the edges of the token language, where a hand-written lexer is
// most likely to disagree with the grammar.
void addEdgeCases(std::vector<Input>& out) {
  const char* cases[] = {
      "", "   \n\t\f", "// only a comment", "# hash\r\n", "/**/", "/***/ /*/ */", "a {}",
      "x = 1_000.5_0 y = 1_a", "x = 5e3", "x = 1.x", "x = 1.5.3", "x = 10%", "x = 1.5GiB",
      "x = 1.%", "x = 99999999999999999999", "x = 5mins", "x = 5 days",
      "x = \"a$b$\" y = \"$${1}\" z = \"\\$\\{\"", "x = \"\\q\"", "x = \"tab\there\"",
      "x = \"caf\xc3\xa9\" // \xe2\x82\xac",
      "x = \"\xff\"", "x = \"\xc3\"", "x = caf\xc3\xa9", "x = 1\ry = 2", "x = \"a\rb\"",
      "x = \"${ {a = 1}[\"a\"] }\"", "x = \"${ \"${1}\" }\"", "x = \"${", "x = \"abc\\",
      "x = a ? b : c ? d : e", "x = a ? b ? c : d : e", "x = -a.b(c)[d] * !e || f && g == h",
      "x = a < b < c != d", "x = (a) + (b)", "x = ((a))", "x = [for k, v in m : k if v]",
      "x = [for k in m : k ? 1 : 2]", "x = {a = 1, b = 2 c = 3,}", "x = {for = 1 if = 2}",
      "for = 5m\nin = 1\nas = 2\nwhen = 3\nelse = 4", "import \"x\" as y;", "import = 1",
      "param p: map<list<string>> = {}", "param p: \"a\" | \"b\"", "param p: \"a\"",
      "param p: list<string>= []", "component c(a: int, b: string = \"x\",) { let y = a }",
      "@allow(MIG2001, reason = \"r\") cluster a { }", "@file:allow(MIG2001)", "@deny(x) a {}",
      "@other:allow(x) a {}", "a.b.c \"label\" when x { y = 1; z = 2, }", "a . b c {}",
      "if a { } else if b { } else { }", "for x, y in z { }", "x = f(a = 1, b)", "x = f(,)",
      "x = [1,,2]", "x = {a = 1,, b = 2}", "}", "a { } }", "x = 1 &", "x = a & b", "\xef\xbb\xbfx = 1",
  };
  for (const char* c : cases) out.push_back({std::string("edge: ") + c, c, false});
  out.push_back({"edge: NUL in a string", std::string("x = \"a\0b\"", 9), false});
  std::string deep_cond = "x = a";
  for (int i = 0; i < 3000; ++i) deep_cond += " ? b : a";
  out.push_back({"edge: long conditional chain", deep_cond, false});
  std::string deep_parens = "x = " + std::string(255, '(') + "1" + std::string(255, ')');
  out.push_back({"edge: 255 parentheses", deep_parens, false});
  std::string deeper = "x = " + std::string(300, '(') + "1" + std::string(300, ')');
  out.push_back({"edge: 300 parentheses", deeper, false});
  std::string chain = "x = 1";
  for (int i = 0; i < 300; ++i) chain += " + 1";
  out.push_back({"edge: long operator chain", chain, false});
}

void addMutations(const Input& in, std::vector<Input>& out) {
  static const char* kInserts[] = {"{", "}", "(", ")", "[", "]", "\"", "=", ",", "-", "?", ":",
                                   "@", ".", "${", "/*", "\\", "\r", "\xc3\xa9", "\xff", "1",
                                   " for ", "#", "x", "!", "|", "<", ">"};
  const std::string& t = in.text;
  if (t.size() > (64u << 10) || t.empty()) return;
  size_t step = std::max<size_t>(1, t.size() / 24);
  size_t k = 0;
  for (size_t p = step / 2; p < t.size(); p += step, ++k) {
    std::string label = in.name + " mutated at " + std::to_string(p);
    out.push_back({label + " (byte deleted)", t.substr(0, p) + t.substr(p + 1), false});
    const char* ins = kInserts[k % std::size(kInserts)];
    out.push_back({label + " (inserted " + ins + ")", t.substr(0, p) + ins + t.substr(p), false});
    if (k % 4 == 0) out.push_back({label + " (cut short)", t.substr(0, p), false});
  }
}

// Empty when the input passes; otherwise what went wrong.
std::string check(const Input& in, bool& fast_accepted) {
  SourceManager sm;
  FileId file = sm.add(in.name, in.text);
  std::string_view text = sm.text(file);
  ParseResult ref = parseFileWithAntlr(file, text);
  Ast fast(file);
  fast_accepted = fast::parseFast(text, fast);
  std::string ref_diags = renderText(sm, ref.diags.diagnostics(), false);
  if (fast_accepted) {
    if (!ref.diags.diagnostics().empty())
      return "the fast parser accepted a file the ANTLR path reports:\n" + ref_diags;
    if (std::string d = astDifference(ref.ast, fast); !d.empty())
      return "the trees differ: " + d;
  } else if (in.must_be_fast && ref.diags.diagnostics().empty()) {
    return "the fast parser rejected a file the ANTLR path accepts";
  }
  ParseResult chosen = parseFile(file, text);
  if (chosen.used_antlr == fast_accepted) return "parseFile chose the wrong path";
  std::string chosen_diags = renderText(sm, chosen.diags.diagnostics(), false);
  if (chosen_diags != ref_diags)
    return "parseFile's diagnostics differ:\n" + chosen_diags + "\nagainst the reference's:\n" + ref_diags;
  if (dumpAst(chosen.ast, text) != dumpAst(ref.ast, text)) return "parseFile's AST dump differs";
  return "";
}

}  // namespace

int main(int argc, char** argv) {
  bool mutations = false;
  std::vector<Input> inputs;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--mutations") mutations = true;
    else collect(arg, inputs);
  }
  size_t files = inputs.size();
  if (files == 0) {
    std::fprintf(stderr, "parse_differential: no inputs under the given roots\n");
    return 2;
  }
  addEdgeCases(inputs);
  if (mutations) {
    std::vector<Input> variants;
    for (size_t i = 0; i < files; ++i) addMutations(inputs[i], variants);
    for (Input& v : variants) inputs.push_back(std::move(v));
  }

  std::vector<std::string> failures(inputs.size());
  std::vector<char> accepted(inputs.size());
  parallelFor(inputs.size(), [&](size_t i) {
    bool ok = false;
    failures[i] = check(inputs[i], ok);
    accepted[i] = ok;
  });
  size_t failed = 0, fast = 0;
  for (size_t i = 0; i < inputs.size(); ++i) {
    fast += accepted[i];
    if (failures[i].empty()) continue;
    ++failed;
    std::printf("FAIL %s\n  %s\n", inputs[i].name.c_str(), failures[i].c_str());
  }
  std::printf("%zu inputs (%zu files), %zu on the fast path, %zu failed\n", inputs.size(), files,
              fast, failed);
  return failed == 0 ? 0 : 1;
}
