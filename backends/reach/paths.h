// What the path checks share: the program, the graph of its lowered network
// and where to report; the workloads the model makes for a declaration.
// One file per path kind (dms_source, dms_target, aws_apis,
// service_databases, function_targets).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic_sink.h"
#include "ir/program.h"
#include "reach/graph.h"

namespace migc::reach {

struct Analysis {
  const ir::Program& program;
  const Graph& graph;
  DiagnosticSink& diags;

  // The declaration an Attr value names, or null.
  const ir::Object* object(const ir::Value* v) const;
  // The objects of one kind, in program order.
  std::vector<const ir::Object*> objectsOf(std::string_view kind) const;
  // The replication instance of a pipeline, placed in its subnet group's subnets.
  std::optional<Workload> dmsInstance(const ir::Object& pipeline) const;
  // The tasks of a service (its blue colour; both colours share groups and subnets).
  std::optional<Workload> serviceTasks(const ir::Object& service) const;
  // A database's (cluster or RDS instance) model resource, its groups and port.
  const model::Resource* databaseResource(const ir::Object& db) const;
  std::vector<std::string> databaseGroups(const ir::Object& db) const;
  std::optional<int64_t> databasePort(const ir::Object& db) const;
  // The declaration that made a VPC (its network), for messages.
  std::string networkOf(std::string_view vpc) const;
};

void checkDmsSource(const Analysis& a);
void checkDmsTarget(const Analysis& a);
void checkAwsApis(const Analysis& a);
void checkServiceDatabases(const Analysis& a);
void checkFunctionTargets(const Analysis& a);

}  // namespace migc::reach
