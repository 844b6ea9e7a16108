// The parts of a service's lowering (service.cpp) that its load balancer
// (service_alb.cpp) shares.
#pragma once

#include <string>
#include <vector>

#include "lower/context.h"

namespace migc::lower {

struct ServiceColour {
  std::string name;  // blue | green
  PValue image;
  int64_t weight = 0;
};
// Blue runs `image`, green `deployment.green_image` (else the same image).
std::vector<ServiceColour> serviceColours(Context& ctx, const ir::Object& service);

struct ServiceNetwork {
  PValue port;           // the container's
  PValue listener_port;  // the load balancer's plain HTTP listener
  // With a certificate the load balancer answers HTTPS on 443 and redirects
  // plain HTTP there.
  bool https = false;
  PValue certificate;
  PValue ssl_policy;
};
ServiceNetwork serviceNetwork(Context& ctx, const ir::Object& service);

// The load balancer, its target groups (one per colour) and listeners;
// returns the id of the listener that forwards to the target groups.
std::string loadBalancer(Context& ctx, const ir::Object& service, const ir::Object& network, const ServiceNetwork& n,
                         const std::vector<ServiceColour>& colours);

// Log retention in days, rounded up to a value CloudWatch Logs accepts.
int64_t logRetentionDays(const ir::typed::Duration& retention);

}  // namespace migc::lower
