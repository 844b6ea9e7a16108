// How Route 53 probes a cutover side: shared by the cutover's lowering and
// the runbook, which describes the same health checks.
#pragma once

#include <string>

#include "ir/kind_fields.h"

namespace migc::lower {

// The protocol of `side`'s health check (http | https | tcp): the one
// written; else, when the side points at a service's load balancer, the way
// it listens (https with a certificate, else http); else https.
std::string probeProtocol(const ir::Program& program, const ir::Object& cutover, const std::string& side);

}  // namespace migc::lower
