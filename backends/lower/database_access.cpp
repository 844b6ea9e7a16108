#include "lower/database_access.h"

#include <algorithm>
#include <functional>

#include "lower/common.h"

namespace migc::lower {
namespace {

const ir::Object* networkOf(const Context& ctx, const ir::Object& o) {
  if (o.kind == "cluster") return ctx.objectOrNull(fields::Cluster(o).network());
  if (o.kind == "database") return ctx.objectOrNull(fields::Database(o).network());
  if (o.kind == "service") return ctx.objectOrNull(fields::Service(o).network());
  if (o.kind == "security_group") return ctx.objectOrNull(fields::SecurityGroup(o).network());
  return nullptr;
}

}  // namespace

std::string engineLabel(std::string_view engine) {
  if (engine.find("oracle") != std::string_view::npos) return "Oracle";
  if (engine.find("mysql") != std::string_view::npos || engine.find("mariadb") != std::string_view::npos) return "MySQL";
  if (engine.find("sqlserver") != std::string_view::npos) return "SQL Server";
  return "PostgreSQL";
}

EnvironmentNames environmentNames(const Context& ctx, const ir::Object& service) {
  EnvironmentNames out;
  auto once = [](std::vector<const ir::Object*>& list, const ir::Object* o) {
    if (std::find(list.begin(), list.end(), o) == list.end()) list.push_back(o);
  };
  std::function<void(const ir::Value&, bool)> walk = [&](const ir::Value& v, bool via_setting) {
    if (v.kind == ir::Value::Kind::Attr) {
      const ir::Object& o = ctx.program().objects[v.object];
      if (o.kind == "setting" && !via_setting) {
        once(out.settings, &o);
        if (const ir::Value* value = o.field("value")) walk(*value, true);
      } else {
        once(out.reached, &o);
      }
    }
    for (const ir::Value& item : v.items) walk(item, via_setting);
    for (const auto& entry : v.entries) walk(entry.second, via_setting);
  };
  // In the environment's order, which reordering declarations leaves alone.
  for (const auto& entry : fields::Service(service).environment().entries()) walk(entry.second.value(), false);
  return out;
}

std::vector<const ir::Object*> reachedDatabases(Context& ctx, const ir::Object& client) {
  std::vector<const ir::Object*> out;
  // A rule naming the client's security group only works inside one VPC: a
  // database in another network (a Global Database secondary's primary, say)
  // is reached through routing migc does not manage (MIG2097 for `clients`).
  const ir::Object* network = networkOf(ctx, client);
  auto reach = [&](const ir::Object* db) {
    if (db && (db->kind == "cluster" || db->kind == "database") && networkOf(ctx, *db) == network &&
        std::find(out.begin(), out.end(), db) == out.end())
      out.push_back(db);
  };
  if (client.kind == "service") {
    fields::Service s(client);
    for (const ir::Object* o : environmentNames(ctx, client).reached) reach(o);
    for (const auto& [name, ref] : s.secrets().entries())
      if (const ir::Object* secret = ctx.objectOrNull(ref))
        for (const char* kind : {"cluster", "database"})
          for (const ir::Object* db : ctx.referrers(*secret, kind, "credentials")) reach(db);
  }
  for (const char* kind : {"cluster", "database"})
    for (const ir::Object* db : ctx.referrers(client, kind, "clients")) reach(db);
  // Program order: the same program gives the same rules, whatever found them first.
  std::sort(out.begin(), out.end());
  return out;
}

void databaseClientRules(Context& ctx, const ir::Object& client, const std::string& group, const std::string& who) {
  for (const ir::Object* db : reachedDatabases(ctx, client)) {
    bool cluster = db->kind == "cluster";
    PValue port = ctx.value(cluster ? fields::Cluster(*db).port() : fields::Database(*db).port());
    std::string engine = engineLabel(cluster ? fields::Cluster(*db).engine().name() : fields::Database(*db).engine().name());
    securityGroupRule(ctx, client, false, Context::id(client, "to_" + db->name), securityGroupRef(client, group),
                      engine + " to " + (cluster ? "cluster " : "database ") + db->name, port,
                      "referenced_security_group_id", securityGroupRef(*db, "sg"));
    securityGroupRule(ctx, client, true, Context::id(*db, "from_" + client.name), securityGroupRef(*db, "sg"),
                      engine + " from " + who, port, "referenced_security_group_id", securityGroupRef(client, group));
  }
}

}  // namespace migc::lower
