#include "cloudformation/templates.h"

#include "cloudformation/printer.h"
#include "cloudformation/regions.h"
#include "cloudformation/translate.h"
#include "cloudformation/untaggable.h"
#include "model/targets.h"

namespace migc::cloudformation {
namespace {

size_t bodyBytes(const RegionTemplate& t) {
  size_t bytes = 0;
  for (const model::OutputFile& f : t.files) bytes += f.content.size();
  return bytes;
}

// The declaration a resource was lowered from, else the migration block.
SourceRange declarationOf(const ir::Program& program, const std::string& owner) {
  const ir::Object* o = program.find(owner);
  return o ? o->name_range : program.migration_range;
}

SourceRange paramOf(const ir::Program& program, const std::string& name) {
  for (const ir::Param& p : program.params)
    if (p.name == name) return p.range;
  return program.migration_range;
}

constexpr const char* kSplitHelp =
    "split the program: one stack per region (declarations given another `region` get their own template) or one "
    "program per tenant; or build without CloudFormation (--target terraform,pulumi)";

}  // namespace

std::vector<RegionTemplate> writeTemplates(const model::Stack& lowered, const ir::Program& program, bool as_json,
                                           const std::string& header, DiagnosticSink& diags) {
  Translated translated = translate(model::selectTarget(lowered, model::Target::CloudFormation));
  model::Stack& stack = translated.stack;
  stack.header = header;
  reportUntaggable(translated.untagged, program, diags);
  model::AccountSplit split = model::splitAccountWide(stack);
  std::vector<RegionTemplate> out;
  for (auto& [region, regional] : splitByRegion(split.migration, program, diags)) {
    model::OutputFiles files = printCloudFormation(regional, as_json);
    // template.yaml (or .json) for the primary, <region>.yaml for the others.
    for (model::OutputFile& f : files)
      if (region != stack.region) f.path = region + f.path.substr(f.path.find('.'));
    out.push_back({region, std::move(regional), std::move(files)});
  }
  // The account's bootstrap: bootstrap.yaml (or .json), its own stack.
  if (!split.bootstrap.resources.empty()) {
    model::OutputFiles files = printCloudFormation(split.bootstrap, as_json);
    for (model::OutputFile& f : files) f.path = "bootstrap" + f.path.substr(f.path.find('.'));
    out.push_back({stack.region, std::move(split.bootstrap), std::move(files)});
  }
  return out;
}

void reportTemplateLimits(const std::vector<RegionTemplate>& templates, const ir::Program& program,
                          DiagnosticSink& diags) {
  for (const RegionTemplate& t : templates) {
    const model::Stack& s = t.stack;
    if (s.resources.size() > kMaxResources)
      diags.report(DiagKind::CfnTooManyResources, declarationOf(program, s.resources[kMaxResources].owner), t.region,
                   s.resources.size())
          .help(kSplitHelp);
    if (s.params.size() > kMaxParameters)
      diags.report(DiagKind::CfnTooManyParameters, paramOf(program, s.params[kMaxParameters].name), t.region,
                   s.params.size())
          .help("give params that never change a value (`let` or `migc build --set`), or " + std::string(kSplitHelp));
    size_t bytes = bodyBytes(t);
    if (bytes > kMaxTemplateBytes)
      diags.report(DiagKind::CfnTemplateTooLarge, program.migration_range, t.region, bytes).help(kSplitHelp);
    else if (bytes > kMaxInlineTemplateBytes)
      diags.report(DiagKind::CfnTemplateNeedsS3, program.migration_range, t.files.front().path, bytes);
  }
}

bool needsS3Upload(const std::vector<RegionTemplate>& templates) {
  for (const RegionTemplate& t : templates)
    if (bodyBytes(t) > kMaxInlineTemplateBytes) return true;
  return false;
}

}  // namespace migc::cloudformation
