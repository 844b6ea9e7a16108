// The three targets and the runbook. The program is lowered once
// (lower/); each target selects its view of the model (model/targets.h)
// and prints it, after its own passes: CloudFormation translates the
// Terraform vocabulary (cloudformation/translate.h) and splits regions,
// Pulumi fixes `when` flags at build time.
#include "backend.h"
#include "cloudformation/templates.h"
#include "cost/render.h"
#include "lower/context.h"
#include "pulumi/flags.h"
#include "pulumi/printer.h"
#include "reach/reach.h"
#include "runbook/runbook.h"
#include "terraform/printer.h"

namespace migc {
namespace {

// The printed files followed by the lowering's extra files (code assets).
model::OutputFiles withAssets(model::OutputFiles printed, const model::Stack& stack) {
  for (const auto& [path, content] : stack.files) printed.push_back({path, content});
  return printed;
}

// The account's bootstrap (model::splitAccountWide), printed as its own
// project in the target's bootstrap/ folder, deployed once per account.
template <typename Print>
void addBootstrap(model::OutputFiles& files, const model::Stack& bootstrap, Print print) {
  if (bootstrap.resources.empty()) return;
  for (model::OutputFile& f : print(bootstrap)) files.push_back({"bootstrap/" + f.path, std::move(f.content)});
}

class TerraformBackend : public Backend {
 public:
  std::string_view name() const override { return "terraform"; }
  model::OutputFiles emit(const ir::Program&, const LoweredProgram& lowered, const BackendOptions& options,
                          DiagnosticSink&) const override {
    model::Stack stack = model::selectTarget(lowered.stack(), model::Target::Terraform);
    stack.header = options.header;
    model::AccountSplit split = model::splitAccountWide(stack);
    model::OutputFiles files = withAssets(terraform::printTerraform(split.migration), stack);
    addBootstrap(files, split.bootstrap, terraform::printTerraform);
    return files;
  }
};

class PulumiBackend : public Backend {
 public:
  std::string_view name() const override { return "pulumi"; }
  model::OutputFiles emit(const ir::Program& program, const LoweredProgram& lowered, const BackendOptions& options,
                          DiagnosticSink& diags) const override {
    model::Stack stack = model::selectTarget(lowered.stack(), model::Target::Pulumi);
    stack.header = options.header;
    pulumi::fixFlagsAtCompileTime(stack, program, options.set_params, diags);
    for (const ir::Object& o : program.objects)
      if (o.kind == "cutover") diags.report(DiagKind::PulumiPhaseLookup, o.rangeOf("param"), o.name);
    model::AccountSplit split = model::splitAccountWide(stack);
    model::OutputFiles files = withAssets(pulumi::printPulumi(split.migration), stack);
    addBootstrap(files, split.bootstrap, pulumi::printPulumi);
    return files;
  }
};

class CloudFormationBackend : public Backend {
 public:
  std::string_view name() const override { return "cloudformation"; }
  model::OutputFiles emit(const ir::Program& program, const LoweredProgram& lowered, const BackendOptions& options,
                          DiagnosticSink& diags) const override {
    const LoweredProgram::CloudFormation& cfn = lowered.cloudFormation(program, options);
    for (const Diagnostic& d : cfn.reported.diagnostics()) diags.add(d);
    cloudformation::reportTemplateLimits(cfn.templates, program, diags);
    model::OutputFiles files;
    for (const cloudformation::RegionTemplate& t : cfn.templates)
      for (const model::OutputFile& f : t.files) files.push_back(f);
    return withAssets(std::move(files), lowered.stack());
  }
};

// runbook.md beside the target folders, for programs with a cutover, a
// pipeline replicating changes or an account bootstrap.
class RunbookBackend : public Backend {
 public:
  std::string_view name() const override { return "runbook"; }
  std::vector<std::string> rootFiles() const override { return {"runbook.md"}; }
  model::OutputFiles emit(const ir::Program& program, const LoweredProgram& lowered, const BackendOptions& options,
                          DiagnosticSink&) const override {
    bool bootstrap = !model::splitAccountWide(lowered.stack()).bootstrap.resources.empty();
    if (!runbook::hasRunbook(program, bootstrap)) return {};
    // The deploy commands depend on the templates' size: measure them as the
    // CloudFormation backend writes them (its diagnostics are its own).
    bool via_s3 = lowered.cloudFormationNeedsS3(program, options);
    runbook::RunbookOptions runbook_options{.via_s3 = via_s3, .bootstrap = bootstrap};
    if (options.prices)
      runbook_options.cost = cost::renderMarkdown(estimateProgram(program, *options.prices), *options.prices);
    return runbook::writeRunbook(program, options.header, runbook_options);
  }
};

}  // namespace

const std::vector<std::unique_ptr<Backend>>& allBackends() {
  static const std::vector<std::unique_ptr<Backend>> kAll = [] {
    std::vector<std::unique_ptr<Backend>> v;
    v.push_back(std::make_unique<TerraformBackend>());
    v.push_back(std::make_unique<CloudFormationBackend>());
    v.push_back(std::make_unique<PulumiBackend>());
    v.push_back(std::make_unique<RunbookBackend>());
    return v;
  }();
  return kAll;
}

const LoweredProgram::CloudFormation& LoweredProgram::cloudFormation(const ir::Program& program,
                                                                    const BackendOptions& options) const {
  if (!cloudformation_) {
    cloudformation_.emplace();
    cloudformation_->templates = cloudformation::writeTemplates(stack_, program, options.cloudformation_json,
                                                                options.header, cloudformation_->reported);
  }
  return *cloudformation_;
}

bool LoweredProgram::cloudFormationNeedsS3(const ir::Program& program, const BackendOptions& options) const {
  if (cloudformation_) return cloudformation::needsS3Upload(cloudformation_->templates);
  return cloudformation::needsS3Upload(stack_, program, options.cloudformation_json, options.header);
}

LoweredProgram lowerForTargets(const ir::Program& program, const std::set<std::string>& targets,
                               const assets::Assets& assets, DiagnosticSink& diags) {
  model::Targets building = model::Targets::None;
  for (model::Target t : {model::Target::Terraform, model::Target::Pulumi, model::Target::CloudFormation})
    if (targets.count(std::string(model::targetName(t)))) building = building | static_cast<model::Targets>(t);
  return LoweredProgram(lower::lowerProgram(program, diags, building, assets));
}

cost::Estimate estimateProgram(const ir::Program& program, const cost::PriceTable& prices) {
  DiagnosticSink scratch;
  model::Stack lowered =
      lower::lowerProgram(program, scratch, model::Targets::Terraform, assets::assetPaths(program));
  return cost::estimate(model::selectTarget(lowered, model::Target::Terraform), prices);
}

model::Stack lowerForChecks(const ir::Program& program) {
  DiagnosticSink scratch;  // build reports what the lowering says
  return lower::lowerProgram(program, scratch, model::Targets::All, assets::assetPaths(program));
}

void reportCloudFormationLimits(const ir::Program& program, const model::Stack& lowered, const std::string& header,
                                DiagnosticSink& diags) {
  DiagnosticSink scratch;  // build reports these; check only measures
  cloudformation::reportTemplateLimits(cloudformation::writeTemplates(lowered, program, false, header, scratch), program,
                                       diags);
}

void reportReachability(const ir::Program& program, const model::Stack& lowered, DiagnosticSink& diags) {
  reach::checkReachability(program, lowered, diags);
}

}  // namespace migc
