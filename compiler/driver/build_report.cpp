#include "driver/build_report.h"

#include <fmt/format.h>
#include <iostream>
#include <nlohmann/json.hpp>

#include "driver/source_hash.h"

namespace migc {
namespace {

std::string displayPath(const std::string& out_dir, const TargetOutput& t, const model::OutputFile& f) {
  return t.target.empty() ? fmt::format("{}/{}", out_dir, f.path) : fmt::format("{}/{}/{}", out_dir, t.target, f.path);
}

bool isBinary(const model::OutputFile& f) { return f.content.find('\0') != std::string::npos; }

}  // namespace

void printBuildText(const BuildReport& report, const std::vector<TargetOutput>& outputs) {
  for (const TargetOutput& t : outputs) {
    // A dry run names every file; a build names each target folder once.
    if (report.dry_run || t.target.empty()) {
      for (const auto& f : t.files)
        std::cerr << fmt::format("migc: {} {} ({} bytes)\n", report.dry_run ? "would write" : "wrote",
                                 displayPath(report.out_dir, t, f), f.content.size());
      continue;
    }
    std::cerr << fmt::format("migc: wrote {}/{}/ ({} file{})\n", report.out_dir, t.target, t.files.size(),
                             t.files.size() == 1 ? "" : "s");
  }
}

void printBuildJson(const BuildReport& report, const std::vector<TargetOutput>& outputs) {
  nlohmann::ordered_json files = nlohmann::ordered_json::array();
  for (const TargetOutput& t : outputs)
    for (const auto& f : t.files)
      files.push_back({{"path", displayPath(report.out_dir, t, f)},
                       {"target", t.target.empty() ? "" : t.target},
                       {"bytes", f.content.size()},
                       {"sha256", sha256Hex(f.content)}});
  nlohmann::ordered_json build{{"success", report.success},
                               {"dryRun", report.dry_run},
                               {"outDir", report.out_dir},
                               {"targets", report.targets},
                               {"errors", report.errors},
                               {"warnings", report.warnings},
                               {"files", std::move(files)}};
  std::cout << nlohmann::ordered_json{{"build", std::move(build)}}.dump() << "\n" << std::flush;
}

bool printTargetToStdout(const TargetOutput& output, std::string& error) {
  const model::OutputFiles& files = output.files;
  for (const auto& f : files) {
    if (isBinary(f)) {
      error = fmt::format("--stdout: the {} output holds a binary file ({}); build into a folder instead",
                          output.target, f.path);
      return false;
    }
  }
  bool several = files.size() > 1;
  for (size_t i = 0; several && i < files.size(); ++i) {
    const std::string& p = files[i].path;
    if (!p.ends_with(".tf") && !p.ends_with(".yaml")) {
      error = fmt::format("--stdout: the {} output has {} files and '{}' cannot be joined with the others; "
                          "build into a folder instead",
                          output.target, files.size(), p);
      return false;
    }
  }
  for (size_t i = 0; i < files.size(); ++i) {
    if (several) {
      if (i > 0 && files[i].path.ends_with(".yaml")) std::cout << "---\n";
      std::cout << fmt::format("# migc: {}/{}\n", output.target, files[i].path);
    }
    std::cout << files[i].content;
    if (several && !files[i].content.empty() && !files[i].content.ends_with('\n')) std::cout << '\n';
  }
  std::cout << std::flush;
  return true;
}

}  // namespace migc
