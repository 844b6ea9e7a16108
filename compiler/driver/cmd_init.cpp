// `migc init [DIR]`: writes a starter program (main.mig) and its project
// config (migc.json) that check clean under the default policy rules and
// build for every target. The two files are the stdlib's init/ folder, so the
// starter is an ordinary program the test suite checks, builds and validates
// like the examples; init only names the migration after DIR.
#include <CLI/CLI.hpp>
#include <fcntl.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "checks/stdlib_data.h"
#include "driver/commands.h"

namespace migc {
namespace {

namespace fs = std::filesystem;

struct InitOptions {
  std::string dir = ".";
  std::string stdlib;
};

// The folder's name as a migration name: lowercase letters, digits and '-'.
std::string migrationName(const fs::path& dir) {
  std::string base = fs::absolute(dir).lexically_normal().filename().string();
  if (base.empty()) base = fs::absolute(dir).lexically_normal().parent_path().filename().string();
  std::string out;
  for (unsigned char c : base) {
    bool keep = std::isalnum(c) != 0;
    if (keep) out.push_back(static_cast<char>(std::tolower(c)));
    else if (!out.empty() && out.back() != '-') out.push_back('-');
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "migration" : out;
}

bool readWhole(const fs::path& p, std::string& text, std::string& error) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  if (!in || !(ss << in.rdbuf())) {
    error = "cannot read the starter '" + p.string() + "'";
    return false;
  }
  text = ss.str();
  return true;
}

// Creates `path` (never replacing an existing file) holding `text`.
bool writeNew(const fs::path& path, const std::string& text, std::string& error) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0644);
  if (fd < 0) {
    error = fmt::format("cannot create '{}': {}", path.string(), std::strerror(errno));
    return false;
  }
  bool ok = true;
  for (size_t done = 0; ok && done < text.size();) {
    ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    ok = n > 0;
    if (ok) done += static_cast<size_t>(n);
  }
  ok = (::close(fd) == 0) && ok;
  if (!ok) {
    error = fmt::format("cannot write '{}': {}", path.string(), std::strerror(errno));
    fs::remove(path);
  }
  return ok;
}

int runInit(const InitOptions& opts) {
  std::string error;
  fs::path stdlib = checks::findStdlib(nullptr, opts.stdlib, error);
  if (stdlib.empty()) {
    printToolError(error);
    return kExitUsage;
  }
  std::string program, config;
  if (!readWhole(stdlib / "init" / "main.mig", program, error) ||
      !readWhole(stdlib / "init" / "migc.json", config, error)) {
    printToolError(error);
    return kExitUsage;
  }
  fs::path dir(opts.dir);
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir)) {
    printToolError(fmt::format("cannot create the folder '{}': {}", dir.string(), ec ? ec.message() : "not a folder"));
    return kExitUsage;
  }
  // The .mig files of a folder are one program: a second migration block
  // beside an existing program would only be an error.
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".mig" || entry.path().filename() == "migc.json") {
      printToolError(fmt::format("'{}' already exists; migc init writes only into a folder without a program",
                                 entry.path().string()));
      return kExitUsage;
    }
  }
  const std::string kStarterName = "migration \"starter\"";
  if (size_t at = program.find(kStarterName); at != std::string::npos)
    program.replace(at, kStarterName.size(), fmt::format("migration \"{}\"", migrationName(dir)));
  if (!writeNew(dir / "main.mig", program, error)) {
    printToolError(error);
    return kExitUsage;
  }
  if (!writeNew(dir / "migc.json", config, error)) {
    fs::remove(dir / "main.mig", ec);  // both files or neither
    printToolError(error);
    return kExitUsage;
  }
  std::string shown = dir.string();
  std::cerr << fmt::format("migc: wrote {0}/main.mig and {0}/migc.json\n"
                           "Next: migc check {0} && migc build {0} -o {0}/out\n",
                           shown);
  return kExitOk;
}

}  // namespace

void addInitCommand(CLI::App& root, int& exit_code) {
  auto opts = std::make_shared<InitOptions>();
  CLI::App* cmd = root.add_subcommand(
      "init", "Write a starter program (main.mig) and its project config (migc.json) into a folder");
  cmd->add_option("dir", opts->dir, "The folder to write into, created if missing (default: .)")->type_name("DIR");
  cmd->add_option("--stdlib", opts->stdlib, "The migc stdlib directory, which holds the starter (default: $MIGC_STDLIB, then next to migc)")
      ->type_name("DIR");
  cmd->callback([opts, &exit_code] { exit_code = runInit(*opts); });
}

}  // namespace migc
