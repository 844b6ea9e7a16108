// What an Aurora cluster and an RDS instance share: the engine's parameter
// group family, parameter values as RDS takes them, and the resources both
// put in front of the database (subnet group, security group with the DMS
// ingress, parameter group).
#pragma once

#include <string>

#include "lower/context.h"

namespace migc::lower {

// "aurora-postgresql15" for aurora-postgresql 15.4, "mariadb10.11" for
// mariadb 10.11.9: the family the checks recorded from engine_versions.json;
// without it (a program lowered without the checks) the major of PostgreSQL,
// the first two parts for MySQL (8.0).
std::string parameterFamily(const ir::Object& o, const ir::typed::Engine& engine);

// One `parameter` block per setting (CloudFormation's names table makes
// them its Parameters map). Static parameters only take effect after a
// reboot; pending-reboot is accepted for every parameter, dynamic ones too.
void addParameters(Context& ctx, model::Resource& group, const ir::typed::Map<ir::typed::Any>& parameters);

// The subnet group and the security group of a database (`o`, a cluster or
// an RDS instance), with ingress from the DMS pipelines that write to it.
void databaseNetwork(Context& ctx, const ir::Object& o, const ir::Object& network, const std::string& engine,
                     const PValue& port);

}  // namespace migc::lower
