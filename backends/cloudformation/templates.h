// The CloudFormation templates of a lowered program, one per region, and the
// quotas a template must stay within. `migc build` writes the templates;
// `migc check` builds them in memory only to measure them, so that a program
// check accepts is not refused by build for a reason the program alone
// decides (a 501st resource, a template body over 1,000,000 bytes).
#pragma once

#include <string>
#include <vector>

#include "diag/diagnostic_sink.h"
#include "ir/program.h"
#include "model/output_file.h"
#include "model/resource.h"

namespace migc::cloudformation {

// CloudFormation quotas (AWS CloudFormation User Guide, "Understand
// CloudFormation quotas"; the same numbers as cfn-lint 1.51's LIMITS, which
// takes 1 MB as 1,000,000 bytes). docs/limits.md names them.
inline constexpr size_t kMaxResources = 500;
inline constexpr size_t kMaxParameters = 200;
inline constexpr size_t kMaxTemplateBytes = 1000000;  // uploaded to S3
inline constexpr size_t kMaxInlineTemplateBytes = 51200;  // passed in the request body

struct RegionTemplate {
  std::string region;
  model::Stack stack;  // the region's stack, translated to CloudFormation types
  model::OutputFiles files;  // the printed template (template.yaml or <region>.yaml)
};

// The lowered program as CloudFormation templates, the primary region's
// first. Reports what the translation and the region split report
// (MIG3039, MIG3020, MIG3021).
std::vector<RegionTemplate> writeTemplates(const model::Stack& lowered, const ir::Program& program, bool as_json,
                                           const std::string& header, DiagnosticSink& diags);

// The quotas above, for every template: resources and parameters (MIG3050,
// MIG3051) and the body's size (MIG3052), each an error that says how to
// split; a body over the inline limit gets a note that it must be deployed
// through S3 (MIG3053).
void reportTemplateLimits(const std::vector<RegionTemplate>& templates, const ir::Program& program,
                          DiagnosticSink& diags);

// True when a template is too large to pass inline: deploying it needs
// `aws cloudformation deploy --s3-bucket`.
bool needsS3Upload(const std::vector<RegionTemplate>& templates);

// The same answer for a lowered program whose templates are not printed
// (a build without CloudFormation, whose runbook still names its deploy
// commands): true at once when the primary template's logical ids and
// types, which it spells out in full, already exceed the inline limit;
// otherwise the templates are printed and measured. At 1,000 tenants the
// runbook printed a template of 28,000 resources for this one answer.
bool needsS3Upload(const model::Stack& lowered, const ir::Program& program, bool as_json, const std::string& header);

}  // namespace migc::cloudformation
