// The three targets. Terraform and Pulumi share the AWS-provider lowering
// (Pulumi's AWS provider is bridged from Terraform's) and differ only in
// printing; CloudFormation has its own lowering.
#include "aws/kinds.h"
#include "backend.h"
#include "cfn/kinds.h"
#include "cfn_regions.h"
#include "cfn_untaggable.h"
#include "pulumi_flags.h"
#include "cloudformation/printer.h"
#include "pulumi/printer.h"
#include "runbook/runbook.h"
#include "terraform/printer.h"

namespace migc {
namespace {

// The printed files followed by the lowering's extra files (code assets).
model::OutputFiles withAssets(model::OutputFiles printed, const model::Stack& stack) {
  for (const auto& [path, content] : stack.files) printed.push_back({path, content});
  return printed;
}

class TerraformBackend : public Backend {
 public:
  std::string_view name() const override { return "terraform"; }
  model::OutputFiles emit(const ir::Program& program, const BackendOptions& options,
                          DiagnosticSink& diags) const override {
    model::Stack stack = lowering::lowerProgram(program, lowering::Shape::Aws, diags, aws::kinds());
    stack.header = options.header;
    return withAssets(terraform::printTerraform(stack), stack);
  }
};

class PulumiBackend : public Backend {
 public:
  std::string_view name() const override { return "pulumi"; }
  model::OutputFiles emit(const ir::Program& program, const BackendOptions& options,
                          DiagnosticSink& diags) const override {
    model::Stack stack = lowering::lowerProgram(program, lowering::Shape::Aws, diags, aws::kinds());
    stack.header = options.header;
    fixFlagsAtCompileTime(stack, program, options.set_params, diags);
    for (const ir::Object& o : program.objects)
      if (o.kind == "cutover") diags.report(DiagKind::PulumiPhaseLookup, o.rangeOf("param"), o.name);
    return withAssets(pulumi::printPulumi(stack), stack);
  }
};

// CloudFormation quotas: at most 200 outputs per template (CHK-O1). migc
// never drops one, as the keys must be the same in every target.
constexpr size_t kCfnMaxOutputs = 200;

void reportTooManyOutputs(const model::Stack& regional, const std::string& region, const ir::Program& program,
                          DiagnosticSink& diags) {
  if (regional.outputs.size() <= kCfnMaxOutputs) return;
  SourceRange where = program.migration_range;
  for (const ir::Output& out : program.outputs)
    if (ir::outputKey(out.name) == regional.outputs[kCfnMaxOutputs].name) where = out.range;
  diags.report(DiagKind::CfnTooManyOutputs, where, region, regional.outputs.size());
}

class CloudFormationBackend : public Backend {
 public:
  std::string_view name() const override { return "cloudformation"; }
  model::OutputFiles emit(const ir::Program& program, const BackendOptions& options,
                          DiagnosticSink& diags) const override {
    model::Stack stack = lowering::lowerProgram(program, lowering::Shape::Cfn, diags, cfn::kinds());
    stack.header = options.header;
    reportUntaggable(stack, program, diags);
    // One template per region: template.yaml (or .json) for the primary,
    // <region>.yaml for the others.
    model::OutputFiles files;
    for (const auto& [region, regional] : splitByRegion(stack, program, diags)) {
      reportTooManyOutputs(regional, region, program, diags);
      for (model::OutputFile& f : cloudformation::printCloudFormation(regional, options.cloudformation_json)) {
        if (region != stack.region) f.path = region + f.path.substr(f.path.find('.'));
        files.push_back(std::move(f));
      }
    }
    return withAssets(std::move(files), stack);
  }
};

// runbook.md beside the target folders, for programs with a cutover.
class RunbookBackend : public Backend {
 public:
  std::string_view name() const override { return "runbook"; }
  std::vector<std::string> rootFiles() const override { return {"runbook.md"}; }
  model::OutputFiles emit(const ir::Program& program, const BackendOptions& options,
                          DiagnosticSink&) const override {
    return runbook::writeRunbook(program, options.header);
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

}  // namespace migc
