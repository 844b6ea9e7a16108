// Which databases a client (a service, or a security_group standing for an
// application deployed elsewhere) reaches, and the security-group rule pair
// that lets it.
#pragma once

#include <string>
#include <vector>

#include "lower/context.h"

namespace migc::lower {

// What a service's environment names, at any depth (inside an interpolated
// string too), each once in the environment's order: the settings it names, which the
// application reads at run time, and the objects it reaches, named directly
// or through one of those settings' values (DB_PARAM = db_endpoint.name,
// where db_endpoint's value is aurora.endpoint). One walk serves the task
// role's read grant and the database rules, so the two cannot disagree.
struct EnvironmentNames {
  std::vector<const ir::Object*> settings;
  std::vector<const ir::Object*> reached;
};
EnvironmentNames environmentNames(const Context& ctx, const ir::Object& service);

// The databases (Aurora clusters and RDS instances) of the client's network
// that the client reaches on their port, in program order, each once. Any
// client reaches those that list it in `clients`; a service also reaches
// those its environment refers to (DB_HOST = orders.endpoint, also inside
// a string or through a setting it names whose value does) and those whose
// credentials secret it reads (DB_CREDENTIALS = master): an application
// given a database's address or master login connects to it.
std::vector<const ir::Object*> reachedDatabases(Context& ctx, const ir::Object& client);

// For each reached database: egress from the client's group `group` (its
// role) to the database's, and ingress on the database's group from it,
// owned by the database and named after the client; `who` describes the
// client in the rules' descriptions.
void databaseClientRules(Context& ctx, const ir::Object& client, const std::string& group, const std::string& who);

// "PostgreSQL", "MySQL" or "Oracle" for an AWS engine name.
std::string engineLabel(std::string_view engine);

}  // namespace migc::lower
