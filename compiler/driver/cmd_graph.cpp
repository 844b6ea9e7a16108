// `migc graph`: draw the program's declarations and their references, or
// with --resources the resources one target creates and their dependencies,
// as Graphviz DOT, a Mermaid flowchart, JSON, or SVG laid out by Graphviz.
#include <CLI/CLI.hpp>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <set>
#include <sys/wait.h>

#include "backend.h"
#include "driver/checked_program.h"
#include "driver/commands.h"
#include "driver/diag_output.h"
#include "driver/graph/render.h"

namespace migc {
namespace {

struct GraphOptions {
  ProgramInput input;
  std::string format = "dot";
  bool resources = false;
  std::string target = "terraform";
};

// Graphviz's `dot` on PATH, or "".
std::string findDot() {
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "";
  size_t start = 0;
  while (start <= dirs.size()) {
    size_t end = dirs.find(':', start);
    if (end == std::string::npos) end = dirs.size();
    std::string dir = dirs.substr(start, end - start);
    std::filesystem::path candidate = std::filesystem::path(dir.empty() ? "." : dir) / "dot";
    if (::access(candidate.c_str(), X_OK) == 0) return candidate.string();
    start = end + 1;
  }
  return {};
}

// Lays `dot_text` out as SVG with Graphviz; false with `error` when it fails.
bool layoutSvg(const std::string& dot, const std::string& dot_text, std::string& svg, std::string& error) {
  std::string tmpl = (std::filesystem::temp_directory_path() / "migc-graph-XXXXXX").string();
  int fd = ::mkstemp(tmpl.data());
  if (fd < 0) {
    error = "cannot create a temporary file for Graphviz";
    return false;
  }
  ::close(fd);
  {
    std::ofstream file(tmpl, std::ios::binary);
    file << dot_text;
  }
  std::string command = "'" + dot + "' -Tsvg '" + tmpl + "'";
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe) {
    std::array<char, 65536> buffer;
    size_t n;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) svg.append(buffer.data(), n);
  }
  int status = pipe ? ::pclose(pipe) : -1;
  std::filesystem::remove(tmpl);
  if (status != 0 || svg.empty()) {
    error = "Graphviz's dot failed to lay the graph out";
    return false;
  }
  return true;
}

int runGraph(const GraphOptions& opts) {
  std::string dot;
  if (opts.format == "svg") {
    dot = findDot();
    if (dot.empty()) {
      printToolError("--format svg needs Graphviz's `dot` on PATH (Debian: apt install graphviz); "
                     "--format dot writes the same graph for any Graphviz");
      return kExitUsage;
    }
  }
  Workspace ws;
  std::vector<std::string> targets{opts.target};
  int status = loadCheckedProgram(opts.input, targets, ws);
  if (status != kExitOk) return status;

  graph::Graph drawn;
  if (opts.resources) {
    DiagnosticSink lowering;
    assets::Assets assets = assets::packageAssets(ws.program, lowering);
    LoweredProgram lowered = lowerForTargets(ws.program, {opts.target}, assets, lowering);
    DiagOptions diag;
    diag.color = opts.input.color;
    if (emitDiagnostics(ws.sources, lowering, diag) != kExitOk) return kExitErrors;
    model::Target target = opts.target == "cloudformation" ? model::Target::CloudFormation
                           : opts.target == "pulumi"       ? model::Target::Pulumi
                                                           : model::Target::Terraform;
    drawn = graph::resourceGraph(model::selectTarget(lowered.stack(), target), opts.target);
  } else {
    drawn = graph::declarationGraph(ws.program);
  }
  std::string text;
  if (opts.format == "mermaid") text = graph::renderMermaid(drawn);
  else if (opts.format == "json") text = graph::renderJson(drawn);
  else text = graph::renderDot(drawn);
  if (opts.format == "svg") {
    std::string svg, error;
    if (!layoutSvg(dot, text, svg, error)) {
      printToolError(error);
      return kExitUsage;
    }
    text = std::move(svg);
  }
  std::cout << text;
  std::cout.flush();
  if (!std::cout) {
    printToolError("cannot write the graph to standard output");
    return kExitUsage;
  }
  return kExitOk;
}

}  // namespace

void addGraphCommand(CLI::App& root, int& exit_code) {
  auto opts = std::make_shared<GraphOptions>();
  CLI::App* cmd = root.add_subcommand(
      "graph", "Draw the program's declarations and their references (or one target's resources) to stdout");
  addProgramInputOptions(*cmd, opts->input);
  cmd->add_option("--format", opts->format,
                  "Drawing format: dot (Graphviz), mermaid, json, or svg (laid out by Graphviz's dot)")
      ->check(CLI::IsMember({"dot", "mermaid", "svg", "json"}))
      ->capture_default_str();
  cmd->add_flag("--resources", opts->resources,
                "Draw the resources one target creates and their dependencies instead of the declarations");
  cmd->add_option("--target", opts->target, "The target whose resources --resources draws")
      ->check(CLI::IsMember({"terraform", "cloudformation", "pulumi"}))
      ->capture_default_str();
  cmd->callback([opts, &exit_code] { exit_code = runGraph(*opts); });
}

}  // namespace migc
