// CHK-S2: a secret used as a cluster's master credentials generates a
// password the engine accepts: at most 41 characters for Aurora
// (CreateDBCluster), MySQL and MariaDB, 30 for Oracle, 128 for PostgreSQL and
// SQL Server (engine_facts.json master_password_max). The secret schema allows up
// to 128 (and at least 8) because a secret also serves sources and apps;
// only its use as master credentials narrows it. One error per secret, with
// a note at every cluster that narrows it.
#include <fmt/format.h>

#include <map>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

constexpr double kAuroraMax = 41;
constexpr double kRdsMax = 128;

class MasterPasswordCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-S2"; }

  void run(const CheckContext& ctx) const override {
    struct Use {
      double limit = kRdsMax;
      std::string engine_label;
      std::vector<const ir::Object*> clusters;
    };
    std::map<const ir::Object*, Use> uses;  // secret -> its tightest use
    std::vector<const ir::Object*> order;   // secrets in first-use order, for stable output
    for (const ir::Object* cluster : ctx.objectsOf({"cluster", "database"})) {
      const ir::Object* secret = ctx.referenced(*cluster, "credentials");
      auto spec = engineOf(*cluster);
      if (!secret || !spec) continue;
      const EngineFacts* facts = ctx.data().engineFacts(spec->engine);
      double limit = facts && facts->master_password_max > 0 ? facts->master_password_max
                     : isAurora(spec->engine)                 ? kAuroraMax
                                                              : kRdsMax;
      auto [it, fresh] = uses.try_emplace(secret);
      if (fresh) order.push_back(secret);
      Use& use = it->second;
      if (limit < use.limit || use.engine_label.empty()) {
        use.limit = limit;
        use.engine_label = isAurora(spec->engine) ? "Aurora" : spec->engine;
      }
      use.clusters.push_back(cluster);
    }
    for (const ir::Object* secret : order) {
      const Use& use = uses[secret];
      const ir::Value* generate = secret->field("generate");
      if (generate && generate->kind == ir::Value::Kind::Bool && !generate->boolean) continue;  // set out of band
      auto length = constNumber(secret->field("password_length"));
      if (!length || *length <= use.limit) continue;
      SourceRange where = ctx.where(*secret, "password_length");
      auto d = ctx.report(DiagKind::MasterPasswordTooLong, where, formatNumber(*length), formatNumber(use.limit),
                          use.engine_label);
      for (const ir::Object* cluster : use.clusters)
        d.note(fmt::format("used as the master credentials of {} '{}' here", cluster->kind, cluster->name),
               ctx.where(*cluster, "credentials"));
      d.fix(where, formatNumber(use.limit));
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeMasterPasswordCheck() { return std::make_unique<MasterPasswordCheck>(); }

}  // namespace migc::checks
