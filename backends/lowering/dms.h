// DMS facts both provider shapes agree on: engine names, ports, TLS modes,
// storage, and the JSON documents (table mappings, task settings).
#pragma once

#include <string>
#include <vector>

#include "ir/program.h"
#include "lowering/context.h"
#include "model/resource.h"

namespace migc::lowering {

struct DmsFacts {
  std::string source_engine;   // postgres, oracle, ...
  std::string target_engine;   // aurora-postgresql, ...
  int64_t source_port = 0;
  int64_t target_port = 0;
  std::string source_ssl;      // none | require | verify-ca | verify-full
  std::string migration_type;  // full-load | cdc | full-load-and-cdc
  int64_t storage_gib = 0;
};

DmsFacts dmsFacts(const ir::Object& pipeline, const ir::Object& source, const ir::Object& target);

// The declarations a pipeline connects, found once for either shape.
struct PipelineParts {
  const ir::Object& source;
  const ir::Object& target;
  const ir::Object& network;        // the target cluster's
  const ir::Object& source_secret;
  const ir::Object& target_secret;
  DmsFacts facts;
};
PipelineParts pipelineParts(const Context& ctx, const ir::Object& pipeline);
// {"rules": [selection rules]} from tables.include / tables.exclude, plus the
// lower-casing transformation rules Oracle into PostgreSQL needs.
model::PValue tableMappings(const ir::Object& pipeline, const DmsFacts& facts);
// ReplicationTaskSettings from the settings block.
model::PValue taskSettings(const ir::Object& pipeline);
// One DMS event subscription of a pipeline's `events` block: the source type,
// the role its resource id ends in, and DMS's category names ("state change").
struct DmsEventSubscription {
  std::string source_type;  // replication-task | replication-instance
  std::string role;         // task_events | instance_events
  std::vector<std::string> categories;
};
// The subscriptions `events` asks for (none without the block; a source type
// whose list is empty gets none).
std::vector<DmsEventSubscription> eventSubscriptions(const ir::Object& pipeline);
// The account-wide roles whose names AWS fixes: dms-vpc-role always,
// dms-cloudwatch-logs-role when the task logs to CloudWatch Logs.
inline constexpr const char* kDmsVpcRolePolicy = "arn:aws:iam::aws:policy/service-role/AmazonDMSVPCManagementRole";
inline constexpr const char* kDmsLogsRolePolicy = "arn:aws:iam::aws:policy/service-role/AmazonDMSCloudWatchLogsRole";
bool needsLogsRole(const ir::Object& pipeline);
// "PostgreSQL", "MySQL" or "Oracle", for descriptions.
std::string engineLabel(const std::string& engine);
// The port an engine listens on by default.
int64_t defaultPort(const std::string& engine);

}  // namespace migc::lowering
