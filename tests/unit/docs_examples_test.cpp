// The docs are executable: every ```mig block of every Markdown file in the
// repository is a complete program that `migc check` passes with no error
// and no warning (under the default policy rules); a ```mig-fragment parses;
// a ```mig-error produces exactly the codes its first comment names (errors
// and warnings; notes are free). Any other ```mig-… fence is a mistake.
// docs/language.md opens with examples/aurora-audit/main.mig as it is.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "diag/render.h"
#include "driver/pipeline.h"
#include "support/markdown_blocks.h"
#include "syntax/parse.h"

namespace migc {
namespace {

namespace fs = std::filesystem;

std::string readAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Every Markdown file of the repository, outside build output and installed
// npm packages.
std::vector<fs::path> markdownFiles() {
  std::vector<fs::path> out;
  fs::path root(MIGC_SOURCE_DIR);
  for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator(); ++it) {
    std::string name = it->path().filename().string();
    if (it->is_directory() &&
        (name.starts_with(".") || name.starts_with("build") || name == "out" || name == "node_modules")) {
      it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file() && it->path().extension() == ".md") out.push_back(it->path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// A scratch folder holding the block as main.mig, checked with a project
// config that sets nothing (the default rules), as a new user's file would be.
struct Checked {
  Workspace ws;
  std::string error;
  bool ok = false;
};

std::unique_ptr<Checked> check(const std::string& code) {
  static int n = 0;
  fs::path dir = fs::temp_directory_path() / ("migc-docs-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "main.mig") << code;
  std::ofstream(dir / "migc.json") << "{}\n";
  auto c = std::make_unique<Checked>();
  LoadOptions options;
  options.config_path = (dir / "migc.json").string();
  c->ok = runCheckPipeline({dir.string()}, options, c->ws, c->error);
  fs::remove_all(dir);
  return c;
}

std::string rendered(const Workspace& ws) { return renderText(ws.sources, ws.diags.diagnostics(), false); }

// The codes a ```mig-error block promises: MIGxxxx in its first comment.
std::set<std::string> promisedCodes(const std::string& code) {
  std::smatch m;
  std::regex first_comment(R"(^\s*//([^\n]*))");
  std::set<std::string> out;
  if (!std::regex_search(code, m, first_comment)) return out;
  std::string comment = m[1];
  std::regex code_re(R"(MIG\d{4})");
  for (auto it = std::sregex_iterator(comment.begin(), comment.end(), code_re); it != std::sregex_iterator(); ++it)
    out.insert(it->str());
  return out;
}

TEST(DocsExamples, EveryMigBlockInTheRepository) {
  size_t complete = 0, fragments = 0, mistakes = 0;
  for (const fs::path& file : markdownFiles()) {
    std::string where_file = fs::path(file).lexically_relative(MIGC_SOURCE_DIR).string();
    for (const test::MarkdownBlock& b : test::migBlocks(readAll(file))) {
      std::string where = where_file + ":" + std::to_string(b.line);
      if (b.kind == "mig-fragment") {
        ++fragments;
        SourceManager sm;
        FileId id = sm.add(where, b.code);
        ParseResult r = parseFile(id, sm.text(id));
        EXPECT_FALSE(r.diags.hasErrors()) << "fragment at " << where << " does not parse:\n"
                                          << renderText(sm, r.diags.diagnostics(), false);
        continue;
      }
      if (b.kind != "mig" && b.kind != "mig-error") {
        ADD_FAILURE() << where << ": unknown fence ```" << b.kind << " (use mig, mig-fragment or mig-error)";
        continue;
      }
      auto c = check(b.code);
      ASSERT_TRUE(c->ok) << where << ": " << c->error;
      std::set<std::string> produced;
      for (const Diagnostic& d : c->ws.diags.diagnostics())
        if (d.severity != Severity::Note) produced.insert(std::string(d.code()));
      if (b.kind == "mig") {
        ++complete;
        EXPECT_TRUE(produced.empty()) << "```mig block at " << where
                                      << " is not a program `migc check` passes (fence it mig-fragment or "
                                         "mig-error if it is not meant to be):\n"
                                      << rendered(c->ws);
      } else {
        ++mistakes;
        std::set<std::string> promised = promisedCodes(b.code);
        EXPECT_FALSE(promised.empty()) << "```mig-error block at " << where
                                       << " must name its codes in its first comment (// MIG0001 ...)";
        EXPECT_EQ(produced, promised) << "```mig-error block at " << where << " produces other codes than its "
                                      << "first comment names:\n" << rendered(c->ws);
      }
    }
  }
  // The count guards against a reader that silently finds nothing.
  EXPECT_GT(complete + fragments + mistakes, 100u);
  EXPECT_GE(complete, 3u);
  EXPECT_GT(mistakes, 0u);
}

// The reference opens with a real program, the one the aurora-audit example
// builds, so it cannot drift from what compiles.
TEST(DocsExamples, LanguageReferenceOpensWithTheAuroraAuditExample) {
  std::vector<test::MarkdownBlock> blocks = test::migBlocks(readAll(fs::path(MIGC_SOURCE_DIR) / "docs/language.md"));
  ASSERT_FALSE(blocks.empty());
  EXPECT_EQ(blocks.front().kind, "mig");
  EXPECT_EQ(blocks.front().code, readAll(fs::path(MIGC_SOURCE_DIR) / "examples/aurora-audit/main.mig"))
      << "docs/language.md's first example must be examples/aurora-audit/main.mig, byte for byte";
}

}  // namespace
}  // namespace migc
