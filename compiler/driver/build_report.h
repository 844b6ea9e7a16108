// What `migc build` tells its caller besides diagnostics: the files it wrote
// (or, with --dry-run, would write) as text lines on stderr or one JSON
// summary line on stdout, and the one-target `--stdout` mode.
#pragma once

#include <string>
#include <vector>

#include "driver/output_writer.h"

namespace migc {

struct BuildReport {
  std::string out_dir;
  bool dry_run = false;
  bool success = false;
  size_t errors = 0;
  size_t warnings = 0;
  std::vector<std::string> targets;  // selected, in output order
};

// `migc: wrote out/terraform/ (5 files)` (or `would write`, one line per file)
// on stderr.
void printBuildText(const BuildReport& report, const std::vector<TargetOutput>& outputs);

// The summary --format json ends with: one line {"build": {...}} after the
// diagnostics' lines, with every file's path, size and SHA-256.
void printBuildJson(const BuildReport& report, const std::vector<TargetOutput>& outputs);

// Prints one target's files to stdout (`--stdout`): a single file as it is;
// several Terraform or YAML files one after the other, each after a comment
// naming it (YAML files as separate documents). Binary files (code assets)
// and several JSON files cannot be printed: returns false with `error`.
bool printTargetToStdout(const TargetOutput& output, std::string& error);

}  // namespace migc
