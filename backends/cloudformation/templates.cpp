#include "cloudformation/templates.h"

#include "cloudformation/printer.h"
#include "cloudformation/regions.h"
#include "cloudformation/translate.h"
#include "cloudformation/aws_names.h"
#include "cloudformation/untaggable.h"
#include "model/targets.h"

#include <unordered_set>

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
  const std::string primary = stack.region;
  for (auto& [region, regional] : splitByRegion(std::move(split.migration), program, diags)) {
    model::OutputFiles files = printCloudFormation(regional, as_json);
    // template.yaml (or .json) for the primary, <region>.yaml for the others.
    for (model::OutputFile& f : files)
      if (region != primary) f.path = region + f.path.substr(f.path.find('.'));
    out.push_back({region, std::move(regional), std::move(files)});
  }
  // The account's bootstrap: bootstrap.yaml (or .json), its own stack.
  if (!split.bootstrap.resources.empty()) {
    model::OutputFiles files = printCloudFormation(split.bootstrap, as_json);
    for (model::OutputFile& f : files) f.path = "bootstrap" + f.path.substr(f.path.find('.'));
    out.push_back({primary, std::move(split.bootstrap), std::move(files)});
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

namespace {

// Bytes the printer writes for `v` at the least: string constants and the
// keys of maps verbatim (quoting and escaping only add), through lists and
// maps; a key set twice is printed once, with its last value. Values the
// printer rewrites (references, intrinsics, JSON text) count nothing.
size_t printedAtLeast(const model::PValue& v);

size_t printedAtLeast(const model::Fields& fields) {
  size_t n = 0;
  for (size_t i = 0; i < fields.size(); ++i) {
    bool set_again = false;
    for (size_t j = i + 1; j < fields.size() && !set_again; ++j) set_again = fields[j].first == fields[i].first;
    if (!set_again) n += fields[i].first.size() + printedAtLeast(fields[i].second);
  }
  return n;
}

size_t printedAtLeast(const model::PValue& v) {
  using K = model::PValue::Kind;
  switch (v.kind) {
    case K::String: return v.text.size();
    case K::List: {
      size_t n = 0;
      for (const model::PValue& item : v.items) n += printedAtLeast(item);
      return n;
    }
    case K::Object:
    case K::Block: return printedAtLeast(v.fields);
    default: return 0;
  }
}

}  // namespace

bool needsS3Upload(const model::Stack& lowered, const ir::Program& program, bool as_json, const std::string& header) {
  // A lower bound of the primary template's size: each resource the
  // translation keeps in the primary region prints its logical id, its type
  // and its properties (printedAtLeast) in full, YAML or JSON. The first
  // resources that pass the limit are enough, so the translation stops there.
  // Counted only: resources no later resource folds into (a fold may replace
  // a property); and nothing when a logical id repeats (the printer keeps
  // the last resource of an id).
  model::Stack selected = model::selectTarget(lowered, model::Target::CloudFormation);
  std::unordered_set<std::string> fold_parents, ids;
  bool repeated = false;
  for (const model::Resource& r : selected.resources) {
    repeated = repeated || !ids.insert(pascalName(r.id)).second;
    if (const Fold* f = foldOf(r.type))
      for (const auto& [k, v] : r.properties)
        if (k == f->via && v.kind == model::PValue::Kind::Ref) fold_parents.insert(v.ref);
  }
  size_t bound = 0;
  if (!repeated)
    translate(selected, [&](const model::Resource& r) {
      if (!fold_parents.count(r.id) && (r.region.empty() || r.region == selected.region))
        bound += pascalName(r.id).size() + r.type.size() + printedAtLeast(r.properties);
      return bound > kMaxInlineTemplateBytes;
    });
  if (bound > kMaxInlineTemplateBytes) return true;
  DiagnosticSink ignored;  // the CloudFormation backend's to report
  return needsS3Upload(writeTemplates(lowered, program, as_json, header, ignored));
}

}  // namespace migc::cloudformation
