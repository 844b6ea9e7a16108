// Which engine runs in which role: a `source` (self-managed, read by DMS),
// a `cluster` (Aurora) or a `database` (an RDS DB instance). The checks that
// refuse an engine in a role (MIG2121, MIG2080, MIG2151) ask here, and
// `migc explain --engines` prints the same answers as docs/engines.md, so
// the table cannot drift from what `migc check` accepts (a test builds one
// program per engine and role to confirm it).
#pragma once

#include <string>
#include <string_view>

#include "checks/stdlib_data.h"

namespace migc::checks {

bool runsAsSource(const StdlibData& data, std::string_view engine);    // not Aurora
bool runsAsCluster(const StdlibData& data, std::string_view engine);   // Aurora engines
bool runsAsDatabase(const StdlibData& data, std::string_view engine);  // lowered as aws_db_instance

// The engine x role table (Markdown), one row per engine function.
std::string engineSupportMarkdown(const StdlibData& data);

}  // namespace migc::checks
