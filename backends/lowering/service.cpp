#include "lowering/service.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "lowering/rds.h"

namespace migc::lowering {

int64_t logRetentionDays(double seconds) {
  static constexpr std::array<int64_t, 22> kAccepted = {1,   3,   5,   7,   14,   30,   60,   90,   120,  150,  180,
                                                         365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653};
  int64_t days = static_cast<int64_t>(std::ceil(seconds / 86400));
  for (int64_t accepted : kAccepted)
    if (accepted >= days) return accepted;
  return kAccepted.back();
}

namespace {

// ECS environment values are strings; references stay symbolic.
model::PValue environmentValue(Context& ctx, const ir::Value& v) {
  using K = ir::Value::Kind;
  switch (v.kind) {
    case K::Int: return model::PValue::s(std::to_string(v.integer));
    case K::Number: return model::PValue::s(fmt::format("{}", v.number));
    case K::Bool: return model::PValue::s(v.boolean ? "true" : "false");
    default: return ctx.value(v);
  }
}

}  // namespace

ServiceFacts serviceFacts(Context& ctx, const ir::Object& o) {
  ServiceFacts f;
  f.port = integer(o, "port");
  f.listener_port = integer(o, "listener_port");
  f.cpu = integer(o, "cpu");
  f.memory_mib = static_cast<int64_t>(field(o, "memory").number / 1048576.0);
  f.desired = integer(o, "desired_count");
  f.min = integer(o, "min_count");
  f.max = integer(o, "max_count");
  f.cpu_target = field(o, "scale.cpu").number;
  f.memory_target = field(o, "scale.memory").number;
  f.log_retention_days = logRetentionDays(seconds(o, "log_retention"));
  std::string image = text(o, "image");
  const ir::Value* green_image = o.field("deployment.green_image");
  f.colours = {{"blue", image, integer(o, "deployment.blue")},
               {"green", green_image && green_image->kind == ir::Value::Kind::String ? green_image->text : image,
                integer(o, "deployment.green")}};
  for (const auto& [name, value] : field(o, "environment").entries)
    f.environment.emplace_back(name, environmentValue(ctx, value));
  for (const auto& [name, value] : field(o, "secrets").entries)
    if (const ir::Object* secret = ctx.objectOrNull(&value)) f.secrets.emplace_back(name, secret);
  f.databases = databaseAccess(ctx, o);
  const ir::Value& certificate = field(o, "certificate");
  f.https = certificate.kind != ir::Value::Kind::Null;
  if (f.https) {
    f.certificate = ctx.value(certificate);
    f.ssl_policy = text(o, "ssl_policy");
  }
  return f;
}

std::vector<const ir::Object*> reachedDatabases(Context& ctx, const ir::Object& client) {
  const ir::Program& program = ctx.program();
  std::vector<const ir::Object*> out;
  // A rule naming the client's security group only works inside one VPC: a
  // database in another network (a Global Database secondary's primary, say)
  // is reached through routing migc does not manage (MIG2097 for `clients`).
  const ir::Value& network = field(client, "network");
  auto reach = [&](const ir::Object* db) {
    if (db && (db->kind == "cluster" || db->kind == "database") && field(*db, "network").object == network.object &&
        std::find(out.begin(), out.end(), db) == out.end())
      out.push_back(db);
  };
  if (client.kind == "service") {
    for (const auto& [name, value] : field(client, "environment").entries)
      if (value.kind == ir::Value::Kind::Attr) reach(&ctx.object(value));
    for (const auto& [name, value] : field(client, "secrets").entries)
      if (const ir::Object* secret = ctx.objectOrNull(&value))
        for (const char* kind : {"cluster", "database"})
          for (const ir::Object* db : ctx.referrers(*secret, kind, "credentials")) reach(db);
  }
  int index = program.indexOf(client.name);
  for (const ir::Object& db : program.objects) {
    const ir::Value* clients = db.field("clients");
    if (!clients) continue;
    for (const ir::Value& c : clients->items)
      if (c.kind == ir::Value::Kind::Attr && static_cast<int>(c.object) == index) reach(&db);
  }
  // Program order: the same program gives the same rules, whatever found them first.
  std::sort(out.begin(), out.end(), [&](const ir::Object* a, const ir::Object* b) {
    return program.indexOf(a->name) < program.indexOf(b->name);
  });
  return out;
}

std::vector<DatabaseAccess> databaseAccess(Context& ctx, const ir::Object& client) {
  std::vector<DatabaseAccess> out;
  for (const ir::Object* db : reachedDatabases(ctx, client))
    out.push_back({db, integer(*db, "port"), engineFacts(*db).label, db->kind == "cluster" ? "cluster" : "database"});
  return out;
}

}  // namespace migc::lowering
