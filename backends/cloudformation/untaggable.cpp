#include "cloudformation/untaggable.h"

#include <fmt/format.h>

#include <map>

#include "cloudformation/printer.h"

namespace migc::cloudformation {
namespace {

}  // namespace

void reportUntaggable(const std::vector<std::pair<std::string, std::string>>& untagged, const ir::Program& program,
                      DiagnosticSink& diags) {
  if (program.tags.entries.empty()) return;
  std::vector<std::string> order;
  std::map<std::string, std::vector<std::string>> ids;
  for (const auto& [type, id] : untagged) {
    if (!ids.count(type)) order.push_back(type);
    ids[type].push_back(id);
  }
  for (const std::string& type : order) {
    const std::vector<std::string>& of = ids[type];
    std::string names;
    for (size_t i = 0; i < of.size() && i < 3; ++i) names += (i ? ", " : "") + pascalName(of[i]);
    if (of.size() > 3) names += fmt::format(" and {} more", of.size() - 3);
    diags.report(DiagKind::CloudFormationUntaggable, program.migration_range, fmt::format("{} {}", of.size(), type),
                 names, "the type has no Tags property");
  }
}

}  // namespace migc::cloudformation
