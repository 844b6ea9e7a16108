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

// What one reached database means for the rules: its security group's owner,
// port and engine name for the rule descriptions.
struct DatabaseAccess {
  const ir::Object* db = nullptr;
  int64_t port = 0;
  std::string engine;  // PostgreSQL | MySQL | Oracle
  std::string noun;    // cluster | database
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
  // The databases the tasks reach (reachedDatabases): each gets a rule pair.
  std::vector<DatabaseAccess> databases;
  // HTTPS: the ACM certificate (a value; Null without one) and the TLS policy.
  // With a certificate the ALB answers HTTPS on 443 and redirects plain HTTP.
  model::PValue certificate;
  bool https = false;
  std::string ssl_policy;
};

ServiceFacts serviceFacts(Context& ctx, const ir::Object& service);

// The databases (Aurora clusters and RDS instances) of the client's network
// that a client reaches on their port, in program order, each once. Any client (a service or a
// security_group) reaches those that list it in `clients`; a service also
// reaches those its environment refers to (DB_HOST = orders.endpoint) and
// those whose credentials secret it reads (DB_CREDENTIALS = master): an
// application given a database's address or master login connects to it.
std::vector<const ir::Object*> reachedDatabases(Context& ctx, const ir::Object& client);
// reachedDatabases with what the rules need.
std::vector<DatabaseAccess> databaseAccess(Context& ctx, const ir::Object& client);

// Log retention in days, rounded up to a value CloudWatch Logs accepts.
int64_t logRetentionDays(double seconds);

}  // namespace migc::lowering
