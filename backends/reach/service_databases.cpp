// Service → the databases it names: its environment (DB_HOST =
// orders.endpoint, also inside a string or through a setting whose value
// names one) and the databases whose master credentials it reads (secrets).
// The path is the rule pair the lowering writes between the tasks' group and
// the database's, which only works inside one VPC; migc declares no peering
// or transit gateway, so a database of another network has no path.
#include <functional>

#include <fmt/format.h>

#include "reach/paths.h"

namespace migc::reach {
namespace {

struct Named {
  const ir::Object* database;
  std::string field;  // environment | secrets
  std::string entry;  // the variable that names it
};

std::vector<Named> namedDatabases(const Analysis& a, const ir::Object& service) {
  std::vector<Named> out;
  auto add = [&](const ir::Object* db, const std::string& field, const std::string& entry) {
    if (!db || (db->kind != "cluster" && db->kind != "database")) return;
    for (const Named& n : out)
      if (n.database == db) return;
    out.push_back({db, field, entry});
  };
  std::function<void(const ir::Value&, const std::string&, bool)> walk = [&](const ir::Value& v, const std::string& entry,
                                                                            bool via_setting) {
    if (const ir::Object* o = a.object(&v)) {
      if (o->kind == "setting" && !via_setting) {
        if (const ir::Value* value = o->field("value")) walk(*value, entry, true);
      } else {
        add(o, "environment", entry);
      }
    }
    for (const ir::Value& item : v.items) walk(item, entry, via_setting);
    for (const auto& [key, item] : v.entries) walk(item, entry, via_setting);
  };
  if (const ir::Value* env = service.field("environment"))
    for (const auto& [name, value] : env->entries) walk(value, name, false);
  if (const ir::Value* secrets = service.field("secrets"))
    for (const auto& [name, ref] : secrets->entries)
      if (const ir::Object* secret = a.object(&ref))
        for (const ir::Object& db : a.program.objects)
          if ((db.kind == "cluster" || db.kind == "database") && a.object(db.field("credentials")) == secret)
            add(&db, "secrets", name);
  return out;
}

}  // namespace

void checkServiceDatabases(const Analysis& a) {
  for (const ir::Object* s : a.objectsOf("service")) {
    std::optional<Workload> tasks = a.serviceTasks(*s);
    if (!tasks || tasks->groups.empty()) continue;
    for (const Named& n : namedDatabases(a, *s)) {
      std::vector<std::string> groups = a.databaseGroups(*n.database);
      if (groups.empty()) continue;
      std::optional<int64_t> port = a.databasePort(*n.database);
      std::string port_text = port ? fmt::format(" on port {}", *port) : "";
      std::string vpc = a.graph.vpcOfGroup(groups.front());
      std::string missing;
      if (vpc != tasks->vpc)
        missing = fmt::format("its tasks are in network {}, the {} in network {}, and no peering or transit gateway "
                              "connects them",
                              a.networkOf(tasks->vpc), n.database->kind, a.networkOf(vpc));
      else if (!a.graph.egress(*tasks, Peer{groups.front(), std::nullopt}, port))
        missing = fmt::format("security group {} has no egress rule to {}{}", tasks->groups.front(), groups.front(),
                              port_text);
      else if (!a.graph.ingress(groups.front(), *tasks, port, tasks->condition))
        missing = fmt::format("security group {} has no ingress rule from {}{}", groups.front(), tasks->groups.front(),
                              port_text);
      if (missing.empty()) continue;
      a.diags.report(DiagKind::ServiceDatabaseUnreachable, s->rangeOf(n.field), s->name, n.database->kind,
                     n.database->name, fmt::format("{} ({})", n.field, n.entry), missing)
          .note(fmt::format("{} {} is declared here", n.database->kind, n.database->name), n.database->name_range)
          .help(vpc != tasks->vpc
                    ? "read a replica or Global Database secondary in the service's own network, or @allow(MIG2163, "
                      "reason = \"...\") when a path exists outside this program"
                    : "this is a lowering defect: please report it with the program");
    }
  }
}

}  // namespace migc::reach
