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
  // A database the value names, directly or through a setting it names
  // (DB_PARAM = db_endpoint.name, where db_endpoint's value is
  // aurora.endpoint): the application connects to what it reads.
  std::function<void(const ir::Value&, bool)> named = [&](const ir::Value& v, bool via_setting) {
    if (v.kind == ir::Value::Kind::Attr) {
      const ir::Object& o = ctx.program().objects[v.object];
      if (o.kind == "setting" && !via_setting) {
        if (const ir::Value* value = o.field("value")) named(*value, true);
      } else {
        reach(&o);
      }
    }
    for (const ir::Value& item : v.items) named(item, via_setting);
    for (const auto& [key, entry] : v.entries) named(entry, via_setting);
  };
  if (client.kind == "service") {
    fields::Service s(client);
    for (const auto& [name, value] : s.environment().entries()) named(value.value(), false);
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
