// runbook.md: the operator's view of a program with a cutover, a pipeline
// (whose source or target needs preparing) or an account bootstrap. The
// account's bootstrap, the sources' CDC prerequisites and the targets'
// schemas, the phases in order with their weights and
// gates, the command that selects a phase on each target (with the parameter
// names the backends really emit), how to roll back, the alarms to watch and
// the outputs to check.
#pragma once

#include <string>

#include "ir/program.h"
#include "model/output_file.h"

namespace migc::runbook {

struct RunbookOptions {
  // A CloudFormation template is too large to deploy inline, so the deploy
  // commands upload it (--s3-bucket).
  bool via_s3 = false;
  // The build wrote an account bootstrap (model::splitAccountWide).
  bool bootstrap = false;
  // The estimate's Markdown summary (cost/render.h), shown under "Monthly
  // cost"; empty leaves the section out.
  std::string cost;
};

// Whether the program has a runbook: a cutover, a pipeline replicating
// changes or loading into existing tables, a bootstrap to deploy first, or a
// secret to fill by hand.
bool hasRunbook(const ir::Program& program, bool bootstrap = false);

model::OutputFiles writeRunbook(const ir::Program& program, const std::string& header, RunbookOptions options = {});

}  // namespace migc::runbook
