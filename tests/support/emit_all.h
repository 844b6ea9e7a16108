// Every backend's files for a checked program, as `migc build` makes them:
// lowered once for the targets, then each backend (runbook.md included).
#pragma once

#include <map>
#include <set>
#include <string>

#include "backend.h"
#include "driver/pipeline.h"

namespace migc::test {

inline std::map<std::string, model::OutputFiles> emitAll(
    Workspace& ws, const std::set<std::string>& targets = {"terraform", "cloudformation", "pulumi"},
    const BackendOptions& options = {}) {
  std::map<std::string, model::OutputFiles> out;
  assets::Assets assets = assets::packageAssets(ws.program, ws.diags);
  LoweredProgram lowered = lowerForTargets(ws.program, targets, assets, ws.diags);
  for (const auto& backend : allBackends())
    if (!backend->rootFiles().empty() || targets.count(std::string(backend->name())))
      out[std::string(backend->name())] = backend->emit(ws.program, lowered, options, ws.diags);
  return out;
}

}  // namespace migc::test
