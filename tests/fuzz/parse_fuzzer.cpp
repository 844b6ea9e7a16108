// libFuzzer target for the .mig front end: arbitrary bytes go through
// parseFile, the whole AST is dumped, and the diagnostics are rendered in all
// three formats, so the lexer, token scan, both parser stages, the AST
// builder, literal decoding and every renderer are fuzzed together.
// Built only with clang and -DMIGC_FUZZ=ON (see the root CMakeLists.txt);
// run by tests/fuzz/run_fuzz.sh.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "base/parallel.h"
#include "diag/render.h"
#include "diag/source_manager.h"
#include "syntax/ast.h"
#include "syntax/parse.h"

namespace {

// Keeps the optimizer from discarding the rendered output.
volatile size_t g_sink = 0;

void fuzzOne(const std::string& text) {
  migc::SourceManager sm;
  migc::FileId file = sm.add("fuzz/input.mig", text);
  if (file != migc::FileId{0}) std::abort();
  migc::ParseResult result = migc::parseFile(migc::FileId{0}, sm.text(file));

  size_t n = migc::dumpAst(result.ast, sm.text(file)).size();
  const auto& diags = result.diags.diagnostics();
  n += migc::renderText(sm, diags, /*color=*/text.size() % 2 == 1).size();
  n += migc::renderJsonLines(sm, diags).size();
  n += migc::renderSarif(sm, diags, migc::ToolInfo{"migc", "0.0.0-fuzz", ""}).size();
  g_sink = g_sink + n;
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
