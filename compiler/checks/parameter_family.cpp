// CHK-A2 / CHK-V2: the cluster and instance parameter groups are created in
// the family derived from the engine and its major (aurora-postgresql15), so
// that family must exist. Deriving it here, once, also keeps family and
// engine version consistent by construction (V2): programs never name it.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

class ParameterFamilyCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-A2"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* cluster : ctx.objectsOf({"cluster", "database"})) {
      auto spec = engineOf(*cluster);
      const EngineInfo* info = spec ? ctx.data().engine(spec->engine) : nullptr;
      if (!info || info->families.empty()) continue;  // no data for the engine
      if (!parameterFamily(ctx.data(), *spec).empty()) continue;
      std::string major = majorOf(*info, spec->engine, spec->version);
      auto d = ctx.report(DiagKind::MissingParameterGroupFamily, ctx.where(*cluster, "engine"), spec->engine,
                          spec->version);
      if (major.empty())
        d.help(fmt::format("'{}' names no single major; write the full version, e.g. {}", spec->version,
                           exampleFor(*info, spec->version)));
      else
        d.help(fmt::format("'{}' does not exist; families: {}", info->familyFor(major), join(info->families)));
    }
  }

 private:
  // A version of the table that starts with what was written ("9" -> "9.6.22").
  static std::string exampleFor(const EngineInfo& info, std::string_view written) {
    for (auto it = info.versions.rbegin(); it != info.versions.rend(); ++it)
      if (!it->major.empty() && it->version.starts_with(std::string(written) + ".")) return it->version;
    return info.versions.empty() ? std::string() : info.versions.back().version;
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeParameterFamilyCheck() { return std::make_unique<ParameterFamilyCheck>(); }

}  // namespace migc::checks
