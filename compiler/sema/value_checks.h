// Checks over the elaborated program's values that no single field check
// sees: which params hold secrets, and strings a target would reinterpret.
#pragma once

#include <string_view>

#include "diag/diagnostic_sink.h"
#include "ir/program.h"

namespace migc::sema {

// A name that says it holds a secret: db_password, api_token, private_key,
// AUTH_TOKEN (words split at '_', '-', '.'); not db_password_arn.
bool looksSecret(std::string_view name);

// Sets Param::secret: the name looks secret, or the param's value flows into
// a SecureString setting or under a secret-looking key.
void markSecretParams(ir::Program& program);

// MIG1030 for every string that holds `{{resolve:` (CloudFormation would
// resolve it at deploy time; the other targets keep the text).
void checkDynamicReferences(const ir::Program& program, DiagnosticSink& diags);

}  // namespace migc::sema
