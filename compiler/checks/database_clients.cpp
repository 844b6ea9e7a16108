// CHK-NET7 (an id beyond the seed matrix, for seed 001 req. 8: the database
// admits exactly the application and DMS): a cluster or database admits each
// of its `clients` by a rule naming the client's security group, which only
// works inside one VPC. A client in another network (and so perhaps another
// region) would get a rule AWS rejects or that never matches.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {

class DatabaseClientsCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-NET7"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* db : ctx.objectsOf({"cluster", "database"})) {
      const ir::Value* clients = db->field("clients");
      const ir::Object* network = ctx.referenced(*db, "network");
      if (!clients || !network) continue;
      for (const ir::Value& c : clients->items) {
        if (c.kind != ir::Value::Kind::Attr || c.object >= ctx.program().objects.size()) continue;
        const ir::Object& client = ctx.program().objects[c.object];
        const ir::Object* client_network = ctx.referenced(client, "network");
        if (!client_network || client_network == network) continue;
        SourceRange at = c.range.file.valid() ? c.range : ctx.where(*db, "clients");
        ctx.report(DiagKind::DatabaseClientElsewhere, at, client.kind, client.name, db->kind, db->name,
                   fmt::format("it is in network {}, the {} in network {}", client_network->name, db->kind, network->name))
            .note("the client's network", ctx.where(client, "network"))
            .help(fmt::format("put {} in network {}, or give it a database of its own network", client.name, network->name));
      }
    }
  }
};

std::unique_ptr<DomainCheck> makeDatabaseClientsCheck() { return std::make_unique<DatabaseClientsCheck>(); }

}  // namespace migc::checks
