// `migc lsp`: the language server (compiler/lsp/), on stdin and stdout.
#include <CLI/CLI.hpp>
#include <unistd.h>

#include <memory>
#include <string>

#include "base/parallel.h"
#include "driver/commands.h"
#include "lsp/server.h"

namespace migc {

void addLspCommand(CLI::App& root, int& exit_code) {
  auto opts = std::make_shared<lsp::ServerOptions>();
  CLI::App* cmd = root.add_subcommand("lsp", "Run the language server (Language Server Protocol over stdin/stdout)");
  cmd->add_flag("--stdio")->description(
      "Talk over stdin/stdout (the default and only transport; accepted for editors that pass it)");
  cmd->add_option("--stdlib", opts->load.stdlib_dir, "The migc stdlib directory (default: $MIGC_STDLIB, then next to migc)");
  cmd->add_option("--debounce-ms", opts->debounce_ms,
                  "Milliseconds of quiet after an edit before diagnostics are recomputed (default: 30)")
      ->check(CLI::Range(0, 10000));
  cmd->add_option("--docs-url", opts->docs_url,
                  "Base URL of the docs/ folder for diagnostic code links (default: the source tree's docs/, if found)");
  cmd->callback([opts, &exit_code] {
    // Parsing and elaboration recurse up to kMaxNesting levels: the server
    // runs on a worker with a large stack, like the driver's parsers.
    parallelFor(1, [&](size_t) {
      try {
        lsp::Transport transport(STDIN_FILENO, STDOUT_FILENO);
        lsp::Server server(transport, *opts);
        exit_code = server.run();
      } catch (const std::exception& e) {  // a worker thread must not let one escape
        printToolError(std::string("internal error: ") + e.what());
        exit_code = kExitUsage;
      }
    }, 1);
  });
}

}  // namespace migc
