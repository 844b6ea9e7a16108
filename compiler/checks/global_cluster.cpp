// CHK-A13 (and CHK-A4, CHK-V2 for global databases): a cluster with
// `secondary_of = primary` joins the primary's Aurora Global Database. One
// cluster per region; secondaries run the primary's engine and version,
// carry no credentials or database of their own, and are not primaries
// themselves; a primary never scales to 0 ACUs. Every other cluster needs
// credentials (the schema leaves the field optional for secondaries).
#include <fmt/format.h>

#include <unordered_map>
#include <vector>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

std::string regionOf(const ir::Program& p, const ir::Object& o) {
  std::string_view r = o.region();
  return r.empty() ? (p.regions.empty() ? std::string() : p.regions.front()) : std::string(r);
}

class GlobalClusterCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-A13"; }

  void run(const CheckContext& ctx) const override {
    const ir::Program& p = ctx.program();
    for (const ir::Object* cluster : ctx.objectsOf("cluster")) {
      const ir::Object* primary = ctx.referenced(*cluster, "secondary_of");
      if (!primary) {
        if (!cluster->field("credentials") && cluster->field("engine"))
          ctx.report(DiagKind::GlobalClusterMember, cluster->name_range,
                     fmt::format("cluster '{}' needs credentials", cluster->name))
              .help("add `credentials = <secret>`; only a secondary_of cluster has none of its own");
        continue;
      }
      secondary(ctx, p, *cluster, *primary);
    }
    // A secondary is read-only: DMS cannot write to it.
    for (const ir::Object* pipeline : ctx.objectsOf("pipeline")) {
      const ir::Object* target = ctx.referenced(*pipeline, "to");
      const ir::Object* primary = target ? ctx.referenced(*target, "secondary_of") : nullptr;
      if (!primary) continue;
      ctx.report(DiagKind::GlobalClusterMember, ctx.where(*pipeline, "to"),
                 fmt::format("pipeline '{}' writes to '{}', a read-only secondary of '{}'", pipeline->name,
                             target->name, primary->name))
          .fix(ctx.where(*pipeline, "to"), primary->name)
          .help("replicate into the primary; the global database carries the rows to the secondaries");
    }
    // Per primary: regions distinct, no auto-pause. The secondaries are
    // grouped by primary in one pass (in declaration order): a scan of every
    // cluster per cluster made the check quadratic, minutes at 1M lines.
    std::vector<const ir::Object*> clusters = ctx.objectsOf("cluster");
    std::unordered_map<const ir::Object*, std::vector<const ir::Object*>> secondaries_of;
    for (const ir::Object* c : clusters)
      if (const ir::Object* primary = ctx.referenced(*c, "secondary_of")) secondaries_of[primary].push_back(c);
    for (const ir::Object* primary : clusters) {
      std::map<std::string, const ir::Object*> by_region;
      auto found = secondaries_of.find(primary);
      if (found == secondaries_of.end()) continue;
      for (const ir::Object* c : found->second) {
        std::string region = regionOf(p, *c);
        if (region == regionOf(p, *primary)) {
          ctx.report(DiagKind::GlobalClusterRegions, ctx.where(*c, "region"),
                     fmt::format("secondary '{}' is in {}, the region of its primary '{}'", c->name, region,
                                 primary->name))
              .note("the primary is declared here", primary->name_range)
              .help("a global database has one cluster per region: give the secondary another region, "
                    "or add readers to the primary instead");
          continue;
        }
        auto [it, fresh] = by_region.emplace(region, c);
        if (!fresh)
          ctx.report(DiagKind::GlobalClusterRegions, ctx.where(*c, "region"),
                     fmt::format("secondaries '{}' and '{}' of '{}' are both in {}", it->second->name, c->name,
                                 primary->name, region))
              .note(fmt::format("'{}' is declared here", it->second->name), it->second->name_range)
              .help("one secondary per region; add readers to it instead of a second cluster");
      }
      if (ctx.referenced(*primary, "secondary_of")) continue;
      auto min = constNumber(primary->field("serverless.min_capacity"));
      if (primary->field("serverless") && min && *min < 0.5)
        ctx.report(DiagKind::GlobalPrimaryAutoPause, ctx.where(*primary, "serverless.min_capacity"), formatNumber(*min))
            .fix(ctx.where(*primary, "serverless.min_capacity"), "0.5")
            .help("set min_capacity = 0.5 or more");
    }
  }

 private:
  static void secondary(const CheckContext& ctx, const ir::Program& p, const ir::Object& c, const ir::Object& primary) {
    (void)p;
    if (ctx.referenced(primary, "secondary_of")) {
      ctx.report(DiagKind::GlobalClusterMember, ctx.where(c, "secondary_of"),
                 fmt::format("'{}' is itself a secondary; a global database has one primary", primary.name))
          .note("declared a secondary here", ctx.where(primary, "secondary_of"))
          .help(fmt::format("make '{}' a secondary of the primary cluster directly", c.name));
      return;
    }
    for (const char* own : {"credentials", "database"}) {
      if (!isWritten(c, own)) continue;
      ctx.report(DiagKind::GlobalClusterMember, ctx.where(c, own),
                 fmt::format("secondary '{}' cannot set {}: it replicates the primary's", c.name, own))
          .note("the primary is declared here", primary.name_range)
          .help(fmt::format("remove `{}` from '{}'", own, c.name));
    }
    // Storage is always encrypted, and a secondary in another region cannot
    // use the primary's key: Aurora needs a KMS key of the secondary's region.
    if (!c.field("key"))
      ctx.report(DiagKind::GlobalClusterMember, c.name_range,
                 fmt::format("secondary '{}' needs a KMS key of its own region", c.name))
          .help(fmt::format("declare `key data_x {{ region = \"...\" }}` in {}'s region and set `key = data_x`", c.name));
    auto mine = engineOf(c);
    auto theirs = engineOf(primary);
    if (mine && theirs && (mine->engine != theirs->engine || mine->version != theirs->version))
      ctx.report(DiagKind::GlobalClusterMember, ctx.where(c, "engine"),
                 fmt::format("secondary '{}' runs {} but its primary '{}' runs {}", c.name,
                             engineCall(mine->engine, mine->version), primary.name,
                             engineCall(theirs->engine, theirs->version)))
          .note("the primary's engine is set here", ctx.where(primary, "engine"))
          .fix(ctx.where(c, "engine"), engineCall(theirs->engine, theirs->version))
          .help("global database members share one engine version");
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeGlobalClusterCheck() { return std::make_unique<GlobalClusterCheck>(); }

}  // namespace migc::checks
