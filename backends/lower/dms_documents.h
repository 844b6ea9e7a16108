// A DMS pipeline's engines as DMS names them, and the JSON documents of its
// task: table mappings and task settings.
#pragma once

#include <string>

#include "lower/context.h"

namespace migc::lower {

struct DmsEngines {
  std::string source;  // DMS endpoint engine names: postgres, oracle, mysql, aurora, aurora-postgresql, ...
  std::string target;
  PValue source_port;
  PValue target_port;
  std::string source_ssl;      // none | require | verify-ca | verify-full
  // An RDS for Oracle target has no TLS without an SSL option group (MIG2179).
  std::string target_ssl;      // none | require
  std::string migration_type;  // full-load | cdc | full-load-and-cdc
};
DmsEngines dmsEngines(Context& ctx, const ir::Object& pipeline);

// The DMS endpoint engine name of a source, cluster or database, as the
// checks recorded it from engine_facts.json (Aurora MySQL is "aurora", an
// on-premises MySQL "mysql", any Oracle edition "oracle").
std::string dmsEngineName(const ir::Object& o);

// {"rules": [selection rules]} from tables.include / tables.exclude, plus the
// lower-casing transformation rules Oracle into PostgreSQL needs.
PValue tableMappings(const ir::Object& pipeline, const DmsEngines& engines);
// ReplicationTaskSettings from the settings block.
PValue taskSettings(const ir::Object& pipeline);

}  // namespace migc::lower
