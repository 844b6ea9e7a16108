// CHK-A5: the cluster's instance class is one RDS offers for the engine (and
// for the exact version, where cfn-lint's E3062 data excludes classes), and
// db.serverless goes with a serverless block. The schema's doc promises that
// a serverless block makes the instances db.serverless, so only a class the
// user wrote can contradict the block.
#include <fmt/format.h>

#include <algorithm>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

constexpr std::string_view kServerless = "db.serverless";

class InstanceClassCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-A5"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* cluster : ctx.objectsOf({"cluster", "database"})) check(ctx, *cluster);
  }

 private:
  static void check(const CheckContext& ctx, const ir::Object& cluster) {
    const std::string* written = constText(cluster.field("instance_class"));
    if (!written) return;
    // A database with an Aurora engine is already an error (MIG2080); its
    // class cannot be judged against either list.
    auto engine = engineOf(cluster);
    if (cluster.kind == "database" && (!engine || isAurora(engine->engine))) return;
    bool has_block = cluster.field("serverless") != nullptr;
    bool explicit_class = isWritten(cluster, "instance_class");
    // With a serverless block and no class, the block is what chose the class.
    SourceRange where = ctx.where(cluster, has_block && !explicit_class ? "serverless" : "instance_class");
    if (*written == kServerless && !has_block && cluster.kind == "cluster") {
      ctx.report(DiagKind::ServerlessClassMismatch, where, "db.serverless needs a serverless block")
          .help("add `serverless { min_capacity = 0.5; max_capacity = 2 }` to the cluster");
      return;
    }
    if (has_block && explicit_class && *written != kServerless) {
      ctx.report(DiagKind::ServerlessClassMismatch, where,
                 fmt::format("a serverless block makes the instances db.serverless, but instance_class is '{}'",
                             *written))
          .note("serverless block here", ctx.where(cluster, "serverless"))
          .fix(where, stringLiteral(kServerless))
          .help("remove instance_class, or the serverless block for provisioned instances");
      return;
    }
    std::string effective = has_block ? std::string(kServerless) : *written;
    auto spec = engineOf(cluster);
    auto classes = spec ? ctx.data().rds_classes.find(spec->engine) : ctx.data().rds_classes.end();
    if (classes == ctx.data().rds_classes.end()) return;  // no class data for the engine
    const RdsEngineClasses& offered = classes->second;
    // A non-Aurora cluster is a Multi-AZ DB cluster, which has its own list;
    // a `database` is a DB instance, whatever its engine.
    const NameMap<InstanceClassInfo>& table =
        cluster.kind == "cluster" && !isAurora(spec->engine) && !offered.cluster_classes.empty()
            ? offered.cluster_classes
            : offered.classes;
    if (!table.count(effective)) {
      auto d = ctx.report(DiagKind::InstanceClassNotOffered, where, effective, spec->engine);
      if (std::string near = closest(effective, keysOf(table)); !near.empty())
        d.fix(where, stringLiteral(near)).help(fmt::format("did you mean '{}'?", near));
      else
        d.help(fmt::format("stdlib/data/rds_instance_classes.json lists the classes {} offers in {}", spec->engine,
                           ctx.data().rds_classes_region));
      return;
    }
    auto excluded = offered.not_orderable.find(spec->version);  // E3062 is DB-instance data
    if (&table != &offered.classes || excluded == offered.not_orderable.end()) return;
    const std::vector<std::string>& no = excluded->second;
    if (std::find(no.begin(), no.end(), effective) == no.end()) return;
    ctx.report(DiagKind::InstanceClassNotOffered, where, effective, spec->engine + " " + spec->version)
        .note("the engine version is chosen here", ctx.where(cluster, "engine"))
        .help(effective == kServerless ? "choose an engine version that offers Serverless v2"
                                       : "pick a current instance generation (db.r6g, db.r7g), or another engine version");
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeInstanceClassCheck() { return std::make_unique<InstanceClassCheck>(); }

}  // namespace migc::checks
