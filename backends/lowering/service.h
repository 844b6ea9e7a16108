// Service facts both shapes agree on: the two colours, the container's
// environment and secrets, and the task size in the units ECS takes.
#pragma once

#include <string>
#include <vector>

#include "lowering/context.h"

namespace migc::lowering {

struct ServiceColour {
  std::string name;   // blue | green
  std::string image;
  int64_t weight = 0;
};

struct ServiceFacts {
  int64_t port = 0;
  int64_t listener_port = 0;
  int64_t cpu = 0;        // CPU units
  int64_t memory_mib = 0;
  int64_t desired = 0, min = 0, max = 0;
  double cpu_target = 0, memory_target = 0;  // percent
  int64_t log_retention_days = 0;
  std::vector<ServiceColour> colours;  // blue, then green
  // Plain variables in name order; values are strings (ECS takes no numbers).
  std::vector<std::pair<std::string, model::PValue>> environment;
  std::vector<std::pair<std::string, const ir::Object*>> secrets;
  // Clusters the environment refers to: the tasks get a rule to reach them.
  std::vector<const ir::Object*> clusters;
};

ServiceFacts serviceFacts(Context& ctx, const ir::Object& service);

// Log retention in days, rounded up to a value CloudWatch Logs accepts.
int64_t logRetentionDays(double seconds);

}  // namespace migc::lowering
