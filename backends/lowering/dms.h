// DMS facts both provider shapes agree on: engine names, ports, TLS modes,
// storage, and the JSON documents (table mappings, task settings).
#pragma once

#include <string>

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
// {"rules": [selection rules]} from tables.include / tables.exclude.
model::PValue tableMappings(const ir::Object& pipeline);
// ReplicationTaskSettings from the settings block.
model::PValue taskSettings(const ir::Object& pipeline);
// The port an engine listens on by default.
int64_t defaultPort(const std::string& engine);

}  // namespace migc::lowering
