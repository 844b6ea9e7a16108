// RDS facts both shapes agree on.
#pragma once

#include <string>

#include "lowering/context.h"

namespace migc::lowering {

struct EngineFacts {
  std::string engine;   // aurora-postgresql
  std::string version;  // 15.4
  std::string family;   // aurora-postgresql15: the major, never the minor
  std::string label;    // PostgreSQL | MySQL | Oracle: for rule descriptions
};
EngineFacts engineFacts(const ir::Object& cluster);

// Parameter values as RDS takes them: strings, booleans as "1"/"0".
model::PValue parameterValue(Context& ctx, const ir::Value& value);

}  // namespace migc::lowering
