// The runbook's "Secrets to fill" section: a secret with `generate = false`
// is created empty, and whatever reads it fails until someone puts its value;
// a source's login must hold what DMS reads from it (host and port too).
#pragma once

#include <string>

#include "ir/program.h"

namespace migc::runbook {

// Whether the program declares a secret to fill by hand: set out of band, or
// a source's login.
bool hasSecretsToFill(const ir::Program& p);

// One subsection per such secret: its physical name, the JSON it must hold
// (the username the program states; for a pipeline source's login also the
// host and port, which DMS reads from the secret instead of the endpoint)
// and the command that puts it. The password is never written.
std::string secretsToFill(const ir::Program& p);

}  // namespace migc::runbook
