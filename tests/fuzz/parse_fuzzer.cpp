// libFuzzer target for the .mig front end: arbitrary bytes go through
// parseFile, the whole AST is dumped, and the diagnostics are rendered in all
// three formats, so the fast lexer and parser, the ANTLR lexer, token scan,
// both ANTLR parser stages, the AST builder, literal decoding and every
// renderer are fuzzed together. The fast parser is also checked against the
// ANTLR path on every input: when it accepts, the ANTLR path must report
// nothing and build the same tree. The
// renderers' output is also checked: every JSON line must parse, and the
// SARIF log must pass the structural SARIF 2.1.0 checker the tests ship.
// Built only with clang and -DMIGC_FUZZ=ON (see the root CMakeLists.txt);
// run by tests/fuzz/run_fuzz.sh.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "base/parallel.h"
#include "diag/render.h"
#include "diag/source_manager.h"
#include "syntax/ast.h"
#include "syntax/parse.h"
#include "syntax/parser.h"
#include "support/sarif_check.h"

namespace {

// Keeps the optimizer from discarding the rendered output.
volatile size_t g_sink = 0;

[[noreturn]] void fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "parse_fuzzer: %s\n%s\n", what, detail.c_str());
  std::abort();
}

void checkJsonLines(const std::string& lines) {
  size_t pos = 0;
  while (pos < lines.size()) {
    size_t nl = lines.find('\n', pos);
    std::string line = lines.substr(pos, nl == std::string::npos ? nl : nl - pos);
    if (!nlohmann::json::accept(line)) fail("renderJsonLines wrote a line that is not JSON", line);
    pos = nl == std::string::npos ? lines.size() : nl + 1;
  }
}

void checkSarif(const std::string& sarif) {
  nlohmann::json log = nlohmann::json::parse(sarif, nullptr, /*allow_exceptions=*/false);
  if (log.is_discarded()) fail("renderSarif wrote invalid JSON", sarif);
  std::vector<std::string> violations = migc::test::validateSarif(log);
  std::string all;
  for (const std::string& v : violations) all += v + "\n";
  if (!violations.empty()) fail("renderSarif wrote invalid SARIF 2.1.0", all);
}

void fuzzOne(const std::string& text) {
  migc::SourceManager sm;
  migc::FileId file = sm.add("fuzz/input.mig", text);
  if (file != migc::FileId{0}) std::abort();
  migc::ParseResult result = migc::parseFile(migc::FileId{0}, sm.text(file));

  size_t n = migc::dumpAst(result.ast, sm.text(file)).size();
  const auto& diags = result.diags.diagnostics();
  n += migc::renderText(sm, diags, /*color=*/text.size() % 2 == 1).size();
  std::string lines = migc::renderJsonLines(sm, diags);
  checkJsonLines(lines);
  std::string sarif = migc::renderSarif(sm, diags, migc::ToolInfo{"migc", "0.0.0-fuzz", "", ""});
  checkSarif(sarif);
  g_sink = g_sink + n + lines.size() + sarif.size();

  // The differential check (tests/unit/parse_differential.cpp does the same
  // on the repository's files).
  migc::Ast fast(migc::FileId{0});
  if (migc::fast::parseFast(sm.text(file), fast)) {
    migc::ParseResult ref = migc::parseFileWithAntlr(migc::FileId{0}, sm.text(file));
    if (!ref.diags.diagnostics().empty())
      fail("the fast parser accepted input the ANTLR path reports",
           migc::renderText(sm, ref.diags.diagnostics(), false));
    if (std::string d = migc::astDifference(ref.ast, fast); !d.empty())
      fail("the fast parser built a different tree", d);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  // parseFile needs a stack deep enough for kMaxNesting levels (parse.h); the
  // driver parses on large-stack workers, and so does the fuzzer, so that a
  // stack overflow here is a real bug and not the 8 MiB main-thread limit.
  migc::parallelFor(1, [&](size_t) { fuzzOne(text); }, 1);
  return 0;
}
