// CHK-A4 by engine version: Serverless v2 and its auto-pause at 0 ACUs each
// arrived with a given minor version per major (stdlib/data/engine_facts.json).
// CreateDBCluster fails on older versions. The 256-ACU maximum is not judged
// here: AWS ties it to the platform version too, which a program cannot state.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

// The first version of `major` with the feature: "" when every version has
// it (a major newer than the table's), nullopt when none does.
std::optional<std::string> firstWith(const NameMap<std::string>& from, const std::string& major) {
  if (from.empty()) return std::nullopt;
  if (auto it = from.find(major); it != from.end()) return it->second;
  bool newer = true;
  for (const auto& [m, v] : from) newer = newer && compareVersions(major, m) > 0;
  return newer ? std::optional<std::string>("") : std::nullopt;
}

class ServerlessVersionCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-A4/version"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* cluster : ctx.objectsOf("cluster")) {
      if (!cluster->field("serverless")) continue;
      auto spec = engineOf(*cluster);
      const EngineFacts* facts = spec ? ctx.data().engineFacts(spec->engine) : nullptr;
      const EngineInfo* info = spec ? ctx.data().engine(spec->engine) : nullptr;
      if (!facts || !info || facts->serverless_from.empty()) continue;
      std::string major = majorOf(*info, spec->engine, spec->version);
      auto offers = [&](const NameMap<std::string>& from) {
        auto first = firstWith(from, major);
        return std::pair{first && (first->empty() || compareVersions(spec->version, *first) >= 0), first};
      };
      auto fail = [&](const char* path, std::string text) {
        return ctx.report(DiagKind::ServerlessVersion, ctx.where(*cluster, path), spec->engine, spec->version, text)
            .note("the engine version", ctx.where(*cluster, "engine"));
      };
      auto needs = [](const std::optional<std::string>& first) {
        return first ? fmt::format("{} or later", *first) : std::string("a newer major version");
      };
      if (auto [ok, first] = offers(facts->serverless_from); !ok) {
        fail("serverless", fmt::format("does not offer Serverless v2: it needs {}", needs(first)))
            .help("upgrade the engine version, or remove the serverless block for provisioned instances");
        continue;
      }
      auto min = constNumber(cluster->field("serverless.min_capacity"));
      if (auto [ok, first] = offers(facts->auto_pause_from); !ok && min && *min == 0) {
        SourceRange where = ctx.where(*cluster, "serverless.min_capacity");
        auto d = fail("serverless.min_capacity",
                      fmt::format("cannot pause at 0 ACUs: min_capacity 0 needs {}; 0.5 is its least", needs(first)));
        if (isWritten(*cluster, "serverless.min_capacity")) d.fix(where, "0.5");
        d.help("raise min_capacity to 0.5, or upgrade the engine version to one with auto-pause");
      }
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeServerlessVersionCheck() { return std::make_unique<ServerlessVersionCheck>(); }

}  // namespace migc::checks
