// CHK-V1: engine versions exist and, for clusters AWS creates, are not
// deprecated. Sources run on premises: AWS deprecation says nothing about
// them, so only their major is checked. An unknown major of a cluster is
// left to CHK-A2 (parameter_family.cpp), which reports it as the missing
// family it causes, so one mistake gives one error.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

// "16.4-limitless" and "16.4" are different products; only versions of the
// same flavour (what follows '-') replace each other.
std::string_view flavourOf(std::string_view version) {
  size_t dash = version.find('-');
  return dash == std::string_view::npos ? std::string_view{} : version.substr(dash);
}

// The nearest newer supported version of the same major and flavour.
const EngineVersionInfo* replacementFor(const EngineInfo& info, const std::string& major, std::string_view version) {
  const EngineVersionInfo* best = nullptr;
  for (const EngineVersionInfo& v : info.versions) {
    if (v.deprecated || v.major != major || major.empty() || flavourOf(v.version) != flavourOf(version)) continue;
    if (compareVersions(v.version, version) <= 0) continue;
    if (!best || compareVersions(v.version, best->version) < 0) best = &v;
  }
  return best;
}

std::vector<std::string> supportedOf(const EngineInfo& info, const std::string& major) {
  std::vector<std::string> out;
  for (const EngineVersionInfo& v : info.versions)
    if (!v.deprecated && v.major == major && v.version != major) out.push_back(v.version);
  return out;
}

class EngineVersionCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-V1"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* cluster : ctx.objectsOf({"cluster", "database"})) checkCluster(ctx, *cluster);
    for (const ir::Object* source : ctx.objectsOf("source")) checkSource(ctx, *source);
  }

 private:
  static void checkCluster(const CheckContext& ctx, const ir::Object& cluster) {
    auto spec = engineOf(cluster);
    const EngineInfo* info = spec ? ctx.data().engine(spec->engine) : nullptr;
    if (!info || info->versions.empty()) return;  // no data for the engine: nothing to judge
    SourceRange where = ctx.where(cluster, "engine");
    std::string major = majorOf(*info, spec->engine, spec->version);
    const EngineVersionInfo* known = info->find(spec->version);
    if (!known) {
      if (!info->hasMajor(major)) return;  // CHK-A2 reports the missing family
      std::vector<std::string> supported = supportedOf(*info, major);
      auto d = ctx.report(DiagKind::UnknownEngineVersion, where, spec->version, spec->engine);
      if (!supported.empty()) d.help(fmt::format("supported {}.x versions: {}", major, join(supported)));
      return;
    }
    if (!known->deprecated) return;
    auto d = ctx.report(DiagKind::DeprecatedEngineVersion, where, spec->engine, spec->version);
    if (const EngineVersionInfo* next = replacementFor(*info, major, spec->version)) {
      d.help(fmt::format("use {} {}, the nearest newer supported {}.x", spec->engine, next->version, major));
      d.fix(where, engineCall(spec->engine, next->version));
    } else {
      d.help(fmt::format("no newer {} {} version is supported; move to a supported major", spec->engine,
                         major.empty() ? spec->version : major + ".x"));
    }
  }

  static void checkSource(const CheckContext& ctx, const ir::Object& source) {
    auto spec = engineOf(source);
    const EngineInfo* info = spec ? ctx.data().engine(spec->engine) : nullptr;
    if (!info || info->majors.empty()) return;  // e.g. oracle: the table has no versions
    std::string major = majorOf(*info, spec->engine, spec->version);
    if (info->hasMajor(major) || info->hasMajor(spec->version)) return;
    ctx.report(DiagKind::UnknownSourceEngineMajor, ctx.where(source, "engine"), spec->version, spec->engine)
        .help(fmt::format("known {} majors: {}", spec->engine, join(info->majors)));
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeEngineVersionCheck() { return std::make_unique<EngineVersionCheck>(); }

}  // namespace migc::checks
