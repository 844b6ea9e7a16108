// `migc cost`: the monthly cost estimate of what the program creates, per
// region, declaration and resource, from the stdlib's price table
// (backends/cost/), as a table or JSON.
#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "backend.h"
#include "cost/render.h"
#include "driver/checked_program.h"
#include "driver/commands.h"
#include "driver/diag_output.h"
#include "driver/pipeline.h"

namespace migc {
namespace {

struct CostOptions {
  ProgramInput input;
  std::string format = "text";
};

int runCost(const CostOptions& opts) {
  std::string error;
  const cost::PriceTable* prices = pricesFor(opts.input.stdlib, error);
  if (!prices) {
    printToolError(error);
    return kExitUsage;
  }
  Workspace ws;
  int status = loadCheckedProgram(opts.input, {"terraform"}, ws);
  if (status != kExitOk) return status;
  cost::Estimate estimate = estimateProgram(ws.program, *prices);
  std::cout << (opts.format == "json"       ? cost::renderJson(estimate, *prices)
                : opts.format == "markdown" ? cost::renderMarkdown(estimate, *prices)
                                            : cost::renderText(estimate, *prices));
  std::cout.flush();
  if (!std::cout) {
    printToolError("cannot write the estimate to standard output");
    return kExitUsage;
  }
  return kExitOk;
}

}  // namespace

void addCostCommand(CLI::App& root, int& exit_code) {
  auto opts = std::make_shared<CostOptions>();
  CLI::App* cmd = root.add_subcommand(
      "cost", "Estimate the monthly cost of what the program creates, per region, declaration and resource, at list prices");
  addProgramInputOptions(*cmd, opts->input);
  cmd->add_option("--format", opts->format,
                  "Output: text (a table per region), json, or markdown (the summary runbook.md shows)")
      ->check(CLI::IsMember({"text", "json", "markdown"}))
      ->capture_default_str();
  cmd->callback([opts, &exit_code] { exit_code = runCost(*opts); });
}

}  // namespace migc
