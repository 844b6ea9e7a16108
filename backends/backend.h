// The one interface between the compiler and its targets. The program is
// lowered once (lower/) into the resource model; each backend takes that
// model (and the IR, for where a diagnostic points) and returns files. A
// backend may report diagnostics (what its target cannot express); it never
// writes to disk.
#pragma once

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "assets/package.h"
#include "cost/estimate.h"
#include "cloudformation/templates.h"
#include "diag/diagnostic_sink.h"
#include "ir/program.h"
#include "model/output_file.h"
#include "model/resource.h"

namespace migc {

struct BackendOptions {
  bool cloudformation_json = false;
  std::string header;  // a comment naming the generator, version and source hash
  // Params given a value by `migc build --set` (already applied as their
  // defaults); named in the Pulumi note that fixes flags at compile time.
  std::set<std::string> set_params;
  // The stdlib's price table: runbook.md shows the cost estimate (none without it).
  const cost::PriceTable* prices = nullptr;
};

// The program lowered once for a build (lowerForTargets), and what more
// than one backend makes of it: the CloudFormation templates, which the
// CloudFormation backend writes and the runbook measures (a template too
// large to pass inline is deployed through S3). Printed once, on first use;
// a build runs its backends one after another.
class LoweredProgram {
 public:
  explicit LoweredProgram(model::Stack stack) : stack_(std::move(stack)) {}
  const model::Stack& stack() const { return stack_; }

  struct CloudFormation {
    std::vector<cloudformation::RegionTemplate> templates;
    DiagnosticSink reported;  // what making them reported (MIG3020, MIG3021, MIG3039)
  };
  const CloudFormation& cloudFormation(const ir::Program& program, const BackendOptions& options) const;
  // Whether deploying the templates needs S3 (cloudformation/templates.h),
  // from the templates when they are made, else without printing them when
  // their size is plain.
  bool cloudFormationNeedsS3(const ir::Program& program, const BackendOptions& options) const;

 private:
  model::Stack stack_;
  mutable std::optional<CloudFormation> cloudformation_;
};

class Backend {
 public:
  virtual ~Backend() = default;
  virtual std::string_view name() const = 0;  // terraform | cloudformation | pulumi | runbook
  // A backend that writes beside the target folders, at the root of the
  // output directory, names the files it owns there: the driver replaces
  // them and removes the ones a build no longer produces. Empty for the
  // targets, which own their folder.
  virtual std::vector<std::string> rootFiles() const { return {}; }
  virtual model::OutputFiles emit(const ir::Program& program, const LoweredProgram& lowered,
                                  const BackendOptions& options, DiagnosticSink& diags) const = 0;
};

// Every backend, in the order outputs are written.
const std::vector<std::unique_ptr<Backend>>& allBackends();

// The program lowered once for the targets named in `targets` (terraform,
// cloudformation, pulumi), with its code assets packaged before
// (assets/package.h): diagnostics about a target that is not built are not
// reported.
LoweredProgram lowerForTargets(const ir::Program& program, const std::set<std::string>& targets,
                               const assets::Assets& assets, DiagnosticSink& diags);

// The monthly cost estimate of what the program creates (cost/estimate.h):
// the program lowered for Terraform, whose view the estimate reads. Lowering
// diagnostics are not reported (check and build report them).
cost::Estimate estimateProgram(const ir::Program& program, const cost::PriceTable& prices);

// The program lowered as `migc check` reads it (reachability, the
// CloudFormation quotas): once, for every target, with what the lowering
// says left to `migc build`.
model::Stack lowerForChecks(const ir::Program& program);

// `migc check`'s share of the CloudFormation quotas (cloudformation/
// templates.h): the lowered program's templates printed in memory, only to
// report the resource, parameter and size limits `migc build` would report.
// Nothing else the printers say is reported here. `header` as the build
// would write it (its length counts).
void reportCloudFormationLimits(const ir::Program& program, const model::Stack& lowered, const std::string& header,
                                DiagnosticSink& diags);

// The reachability analysis (reach/reach.h, docs/reachability.md) over the
// lowered program (lowerForChecks): MIG2160-MIG2164. `migc check` runs it
// before suppressions, on a program the domain checks accepted.
void reportReachability(const ir::Program& program, const model::Stack& lowered, DiagnosticSink& diags);

}  // namespace migc
