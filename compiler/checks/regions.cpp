// CHK-X1: the migration's regions are real AWS region names (stdlib
// aws_regions.json), each listed once. The primary is the first; sema
// already checks that `region`, when also written, equals it.
#include <fmt/format.h>

#include <set>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

class RegionsCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-X1"; }

  void run(const CheckContext& ctx) const override {
    const ir::Program& p = ctx.program();
    std::map<std::string, SourceRange, std::less<>> seen;
    for (size_t i = 0; i < p.regions.size(); ++i) {
      const std::string& name = p.regions[i];
      SourceRange where = i < p.region_ranges.size() ? p.region_ranges[i] : p.migration_range;
      if (auto it = seen.find(name); it != seen.end()) {
        ctx.report(DiagKind::DuplicateRegion, where, name).note("first listed here", it->second);
        continue;
      }
      seen.emplace(name, where);
      if (ctx.data().regions.count(name)) continue;
      auto d = ctx.report(DiagKind::UnknownRegion, where, name);
      if (std::string near = closest(name, keysOf(ctx.data().regions)); !near.empty())
        d.fix(where, stringLiteral(near)).help(fmt::format("did you mean '{}'?", near));
      else
        d.help("stdlib/data/aws_regions.json lists the known regions, e.g. us-east-1, eu-west-1, ap-southeast-1");
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeRegionsCheck() { return std::make_unique<RegionsCheck>(); }

}  // namespace migc::checks
