// `--target LIST`, shared by `migc check` and `migc build`: which of the
// three targets a build writes. `migc check` takes it too, so that a rule of
// one target (CloudFormation's 200 outputs, Pulumi YAML's decided `when`
// flags) is judged exactly when `migc build` would write that target.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "checks/checks.h"

namespace CLI {
class App;
}

namespace migc {

// The default: every target, in output order.
inline std::vector<std::string> allTargets() { return {"terraform", "cloudformation", "pulumi"}; }

// Adds the option to `cmd` (comma-separated or repeated); unknown names are
// a usage error.
void addTargetOption(CLI::App& cmd, std::vector<std::string>& targets);

// Whether `targets` names `target`.
bool targetSelected(const std::vector<std::string>& targets, std::string_view target);

// The scope of the domain checks for `targets`; `building` for `migc build`.
checks::CheckScope checkScope(const std::vector<std::string>& targets, bool building);

}  // namespace migc
