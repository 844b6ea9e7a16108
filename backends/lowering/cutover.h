// Cutover facts both shapes agree on: the record's full name, each side's
// target, set identifier and health check, and the weight table the phase
// param selects a row of (registered once in the stack by weightTable()).
#pragma once

#include <optional>
#include <string>

#include "lowering/context.h"

namespace migc::lowering {

struct HealthFacts {
  std::string type;  // HTTP | HTTPS | TCP
  int64_t port = 443;
  std::string path;  // empty for TCP
  int64_t interval = 30;
  int64_t failure_threshold = 3;
};

struct SideFacts {
  std::string side;  // blue | green
  model::PValue target;
  std::string set_identifier;
  std::optional<HealthFacts> health;
};

struct CutoverFacts {
  bool creates_zone = false;
  model::PValue fqdn;
  int64_t ttl = 60;
  SideFacts blue, green;
  std::string table;  // the weight table's name
};

CutoverFacts cutoverFacts(Context& ctx, const ir::Object& cutover);

// How Route 53 probes a side (http | https | tcp): the protocol written; else,
// when the target is a service's load balancer, the way it listens (https
// with a certificate, else http); else https.
std::string probeProtocol(const ir::Program& program, const ir::Object& cutover, const std::string& side);

// Adds the phase -> {blue, green} weight table to the stack and returns its
// name; lookups read PValue::lookup(name, "blue").
std::string weightTable(Context& ctx, const ir::Object& cutover);

}  // namespace migc::lowering
