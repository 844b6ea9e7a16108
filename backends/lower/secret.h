// What the databases read from their master secret (secret.cpp).
#pragma once

#include "lower/context.h"

namespace migc::lower {

// The secret's generated password as a database's master password takes it:
// Terraform and Pulumi the ephemeral password (write-only arguments),
// CloudFormation a dynamic reference to the value it generated.
PValue generatedPassword(const ir::Object& secret);
// The master user name of the secret.
PValue masterUsername(Context& ctx, const ir::Object& secret);
// CloudFormation only: adds host, port, engine and database name to the
// master secret of `database` (its resource `role`, of CloudFormation type
// `type`) once the database exists — DMS endpoints read them from there.
// Terraform and Pulumi write them into the secret's version (secret.cpp).
void attachSecret(Context& ctx, const ir::Object& database, const ir::Object& secret, std::string_view role,
                  std::string_view type);

}  // namespace migc::lower
