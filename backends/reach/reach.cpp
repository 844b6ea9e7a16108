#include "reach/reach.h"

#include "reach/paths.h"

namespace migc::reach {
namespace {

using model::PValue;

}  // namespace

const ir::Object* Analysis::object(const ir::Value* v) const {
  if (!v || v->kind != ir::Value::Kind::Attr || v->object >= program.objects.size()) return nullptr;
  return &program.objects[v->object];
}

std::vector<const ir::Object*> Analysis::objectsOf(std::string_view kind) const {
  std::vector<const ir::Object*> out;
  for (const ir::Object& o : program.objects)
    if (o.kind == kind) out.push_back(&o);
  return out;
}

std::optional<Workload> Analysis::dmsInstance(const ir::Object& pipeline) const {
  std::vector<const model::Resource*> instances = graph.owned(pipeline.name, "aws_dms_replication_instance");
  if (instances.empty()) return std::nullopt;
  std::vector<std::string> subnets;
  if (const PValue* group = Graph::property(*instances.front(), "replication_subnet_group_id"))
    if (const model::Resource* g = graph.find(group->ref))
      if (const PValue* ids = Graph::property(*g, "subnet_ids")) subnets = Graph::refs(*ids);
  return graph.workload(*instances.front(), "vpc_security_group_ids", std::move(subnets));
}

std::optional<Workload> Analysis::serviceTasks(const ir::Object& service) const {
  std::vector<const model::Resource*> services = graph.owned(service.name, "aws_ecs_service");
  if (services.empty()) return std::nullopt;
  const PValue* config = Graph::property(*services.front(), "network_configuration");
  if (!config) return std::nullopt;
  Workload w;
  for (const auto& [k, v] : config->fields) {
    if (k == "subnets") w.subnets = Graph::refs(v);
    if (k == "security_groups") w.groups = Graph::refs(v);
  }
  w.condition = services.front()->condition;
  if (!w.groups.empty()) w.vpc = graph.vpcOfGroup(w.groups.front());
  return w;
}

const model::Resource* Analysis::databaseResource(const ir::Object& db) const {
  std::vector<const model::Resource*> r = graph.owned(db.name, db.kind == "cluster" ? "aws_rds_cluster" : "aws_db_instance");
  return r.empty() ? nullptr : r.front();
}

std::vector<std::string> Analysis::databaseGroups(const ir::Object& db) const {
  const model::Resource* r = databaseResource(db);
  const PValue* groups = r ? Graph::property(*r, "vpc_security_group_ids") : nullptr;
  return groups ? Graph::refs(*groups) : std::vector<std::string>{};
}

std::optional<int64_t> Analysis::databasePort(const ir::Object& db) const {
  const model::Resource* r = databaseResource(db);
  const PValue* port = r ? Graph::property(*r, "port") : nullptr;
  if (port && port->kind == PValue::Kind::Int) return port->integer;
  return std::nullopt;
}

std::string Analysis::networkOf(std::string_view vpc) const {
  const model::Resource* r = graph.find(vpc);
  return r ? r->owner : std::string(vpc);
}

void checkReachability(const ir::Program& program, const model::Stack& stack, DiagnosticSink& diags) {
  // Terraform's view: the neutral vocabulary with every OnlyFor resolved. The
  // network resources are the same in every target (the cross-target test
  // holds them to it), so one view decides for all.
  model::Stack view = model::selectTarget(stack, model::Target::Terraform);
  Graph graph(view);
  Analysis a{program, graph, diags};
  checkDmsSource(a);
  checkDmsTarget(a);
  checkAwsApis(a);
  checkServiceDatabases(a);
  checkFunctionTargets(a);
}

}  // namespace migc::reach
