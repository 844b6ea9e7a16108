#include "driver/diag_output.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>
#include <iostream>

#include "diag/render.h"
#include "driver/version.h"

namespace migc {

void addDiagOptions(CLI::App& cmd, DiagOptions& options) {
  cmd.add_option("--format", options.format, "Diagnostic format: text, json (one object per line) or sarif (SARIF 2.1.0)")
      ->check(CLI::IsMember({"text", "json", "sarif"}))
      ->capture_default_str();
  cmd.add_option("--color", options.color, "Colour text diagnostics: auto, always or never (NO_COLOR is honoured by auto)")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  cmd.add_option("--max-errors", options.max_errors,
                 "Stop listing errors after N of them (0: no limit); MIG0014 says how many more there are")
      ->capture_default_str();
  cmd.add_flag("--warnings-as-errors", options.warnings_as_errors,
               "Treat every warning as an error (exit 1; build writes nothing); also -Werror");
  // Hidden: the compilers' spelling. CLI11 allows one-letter short options
  // only, so -Werror is -W with the value "error".
  cmd.add_option("-W", options.werror, "-Werror: the same as --warnings-as-errors")
      ->check(CLI::IsMember({"error"}))
      ->group("");
}

void applyWarningsAsErrors(DiagnosticSink& diags, const DiagOptions& options) {
  if (!options.warnings_as_errors && options.werror != "error") return;
  DiagnosticSink promoted;
  for (Diagnostic& d : diags.diagnostics()) {
    if (d.severity == Severity::Warning) d.severity = Severity::Error;
    promoted.add(std::move(d));
  }
  diags = std::move(promoted);
}

namespace {

bool useColor(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  const char* term = std::getenv("TERM");
  if (term && std::string_view(term) == "dumb") return false;
  return isatty(STDERR_FILENO);
}

}  // namespace

std::vector<Diagnostic> limitErrors(const std::vector<Diagnostic>& all, size_t max_errors) {
  size_t errors = 0, cut = all.size();
  for (size_t i = 0; i < all.size(); ++i)
    if (all[i].severity == Severity::Error && ++errors > max_errors && cut == all.size()) cut = i;
  if (max_errors == 0 || cut == all.size()) return all;
  std::vector<Diagnostic> shown(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(cut));
  DiagnosticSink limit;
  limit.report(DiagKind::TooManyErrors, all[cut].range, max_errors, errors - max_errors)
      .help("fix these first, or pass --max-errors 0 to list every error");
  shown.push_back(std::move(limit.diagnostics().front()));
  return shown;
}

int emitDiagnostics(const SourceManager& sm, const DiagnosticSink& diags,
                    const DiagOptions& options) {
  const std::vector<Diagnostic> list = limitErrors(diags.diagnostics(), options.max_errors);
  if (options.format == "json") {
    std::cout << renderJsonLines(sm, list);
  } else if (options.format == "sarif") {
    std::error_code ec;
    std::filesystem::path cwd = std::filesystem::current_path(ec);
    std::cout << renderSarif(sm, list, ToolInfo{"migc", kMigcVersion, kMigcInformationUri, kMigcDocsUri},
                             SarifOptions{ec ? std::string() : cwd.string()});
  } else {
    std::cerr << renderText(sm, list, useColor(options.color));
    if (diags.errorCount() || diags.warningCount()) {
      auto plural = [](size_t n, const char* word) {
        return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
      };
      std::cerr << plural(diags.errorCount(), "error") << ", "
                << plural(diags.warningCount(), "warning") << " generated.\n";
    }
  }
  std::cout.flush();
  return diags.hasErrors() ? 1 : 0;
}

}  // namespace migc
