// `migc fmt`: canonical formatting of .mig files (docs/style.md). Only files
// that parse without errors are formatted; the others are reported and left
// untouched, so a half-typed file never loses text.
#include <CLI/CLI.hpp>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <set>
#include <sstream>

#include "base/parallel.h"
#include "driver/commands.h"
#include "driver/diag_output.h"
#include "driver/workspace.h"
#include "syntax/parse.h"
#include "format/formatter.h"

namespace migc {
namespace {

namespace fs = std::filesystem;

struct FmtOptions {
  std::vector<std::string> paths{"."};
  bool write = false;
  bool check = false;
  DiagOptions diag;
};

// Writes `text` to a temporary file beside `path` and renames it over
// `path`: a reader (or a crash) sees the old file or the new one, never a
// mix. The file keeps its permission bits. A symlink is written through (the
// file it points to is rewritten, the link stays a link); a file the user
// may not write is refused, as an editor would; a file with several hard
// links is rewritten in place, so that every link sees the new text.
bool writeAtomically(const fs::path& link, const std::string& text, std::string& error) {
  std::error_code ec;
  fs::path path = fs::canonical(link, ec);
  if (ec) {
    error = "cannot resolve '" + link.string() + "': " + ec.message();
    return false;
  }
  // Read-only by its mode bits (root passes access(2) whatever they say).
  struct stat before {};
  if (::stat(path.c_str(), &before) != 0 || (before.st_mode & 0222) == 0 || ::access(path.c_str(), W_OK) != 0) {
    error = "cannot write '" + link.string() + "': the file is read-only";
    return false;
  }
  if (before.st_nlink > 1) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) error = "cannot write '" + link.string() + "'";
    return static_cast<bool>(out);
  }
  fs::path dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  std::string tmpl = (dir / ("." + path.filename().string() + ".migc-fmt-XXXXXX")).string();
  int fd = mkstemp(tmpl.data());
  if (fd < 0) {
    error = "cannot create a temporary file in '" + dir.string() + "': " + std::strerror(errno);
    return false;
  }
  struct stat st {};
  bool ok = ::stat(path.c_str(), &st) == 0 && fchmod(fd, st.st_mode & 07777) == 0;
  for (size_t done = 0; ok && done < text.size();) {
    ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    ok = n > 0;
    if (ok) done += static_cast<size_t>(n);
  }
  ok = ok && fsync(fd) == 0;
  ok = (::close(fd) == 0) && ok;
  ok = ok && std::rename(tmpl.c_str(), path.c_str()) == 0;
  if (!ok) {
    error = "cannot write '" + path.string() + "': " + std::strerror(errno);
    std::remove(tmpl.c_str());
  }
  return ok;
}

int runFmt(const FmtOptions& opts) {
  if (opts.write && opts.check) {
    printToolError("-w and --check cannot be used together");
    return kExitUsage;
  }
  std::string error;
  auto found = findSources(opts.paths, error);
  if (!found) {
    printToolError(error);
    return kExitUsage;
  }
  bool any_dir = false;
  for (const std::string& p : opts.paths) {
    std::error_code ec;
    any_dir |= p != "-" && fs::is_directory(p, ec);
  }
  bool to_stdout = !opts.write && !opts.check;
  if (to_stdout && (found->size() != 1 || any_dir)) {
    printToolError("use -w or --check for several files or a directory");
    return kExitUsage;
  }
  if (to_stdout && opts.diag.machineReadable()) {
    printToolError("the formatted text goes to stdout, where --format " + opts.diag.format +
                   " writes; use -w or --check with it");
    return kExitUsage;
  }
  if (opts.write && std::count(opts.paths.begin(), opts.paths.end(), "-")) {
    printToolError("-w cannot rewrite standard input");
    return kExitUsage;
  }

  // Files are read and parsed here rather than through loadWorkspace: fmt
  // looks at each file alone (no imports are followed), and only syntax
  // matters to it.
  SourceManager sources;
  std::vector<FileId> files;
  DiagnosticSink diags;
  for (const fs::path& p : *found) {
    FileId id;
    if (!addSourceFile(p, sources, diags, id, error)) {
      printToolError(error);
      return kExitUsage;
    }
    files.push_back(id);
  }
  // Each file parsed (for its syntax errors) and, when it has none,
  // formatted, files in parallel; its AST is dropped at once.
  std::set<uint32_t> too_large;  // files with errors are never formatted
  for (const Diagnostic& d : diags.diagnostics()) too_large.insert(d.range.file.index);
  std::vector<DiagnosticSink> parse_diags(files.size());
  std::vector<std::optional<std::string>> formatted(files.size());
  parallelFor(files.size(), [&](size_t i) {
    std::string_view text = sources.text(files[i]);
    ParseResult r = parseFile(files[i], text);
    bool broken = too_large.count(files[i].index) > 0;
    for (const Diagnostic& d : r.diags.diagnostics()) broken |= d.severity == Severity::Error;
    if (!broken) formatted[i] = formatSource(text);
    parse_diags[i] = std::move(r.diags);
  });
  for (DiagnosticSink& d : parse_diags) diags.append(std::move(d));
  // --check lists the files that would change on stdout; a machine format
  // owns stdout, so there each one is a diagnostic instead (MIG1050).
  bool changed_any = false;
  for (size_t i = 0; i < files.size(); ++i) {
    if (!formatted[i] || *formatted[i] == sources.text(files[i])) continue;
    changed_any = true;
    if (opts.check && opts.diag.machineReadable()) reportIfNotCanonical(sources, files[i], *formatted[i], diags);
  }
  sortDiagnostics(diags.diagnostics());
  applyWarningsAsErrors(diags, opts.diag);
  int status = emitDiagnostics(sources, diags, opts.diag);

  for (size_t i = 0; i < files.size(); ++i) {
    if (!formatted[i]) continue;
    if (to_stdout) {
      std::cout << *formatted[i] << std::flush;
      continue;
    }
    if (*formatted[i] == sources.text(files[i])) continue;
    const fs::path& path = (*found)[i];
    if (opts.check) {
      if (!opts.diag.machineReadable()) std::cout << (path == "-" ? std::string("<stdin>") : path.string()) << '\n';
    } else if (!writeAtomically(path, *formatted[i], error)) {
      printToolError(error);
      status = kExitUsage;
    }
  }
  std::cout << std::flush;
  if (status == kExitOk && opts.check && changed_any) status = kExitErrors;
  return status;
}

}  // namespace

void addFmtCommand(CLI::App& root, int& exit_code) {
  auto opts = std::make_shared<FmtOptions>();
  CLI::App* cmd = root.add_subcommand("fmt", "Format .mig files canonically");
  cmd->add_option("paths", opts->paths, ".mig files or directories, or - for stdin (default: .)")->type_name("PATH");
  cmd->add_flag("-w,--write", opts->write, "Rewrite changed files in place");
  cmd->add_flag("--check", opts->check, "List files that would change and exit 1 if any");
  addDiagOptions(*cmd, opts->diag);
  cmd->callback([opts, &exit_code] { exit_code = runFmt(*opts); });
}

}  // namespace migc
