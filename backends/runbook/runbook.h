// runbook.md: the operator's view of a program with a cutover. The phases in
// order with their weights and gates, the command that selects a phase on
// each target (with the parameter names the backends really emit), how to
// roll back, the alarms to watch and the outputs to check. A program without
// a cutover has no runbook.
#pragma once

#include "ir/program.h"
#include "model/output_file.h"

namespace migc::runbook {

// Whether the program has a runbook: a cutover, or a pipeline replicating changes.
bool hasRunbook(const ir::Program& program);

// `via_s3`: a CloudFormation template is too large to deploy inline, so the
// deploy commands upload it (--s3-bucket).
// `cost`: the estimate's Markdown summary (cost/render.h), shown under
// "Monthly cost"; empty leaves the section out.
model::OutputFiles writeRunbook(const ir::Program& program, const std::string& header, bool via_s3 = false,
                                const std::string& cost = {});

}  // namespace migc::runbook
