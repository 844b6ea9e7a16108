// `--target LIST`, shared by `migc check` and `migc build`: which of the
// three targets a build writes. `migc check` takes it too, so that a rule of
// one target (CloudFormation's 200 outputs, Pulumi YAML's decided `when`
// flags) is judged exactly when `migc build` would write that target.
#pragma once

#include <string>
#include <string_view>

#include "checks/checks.h"

namespace CLI {
class App;
}

namespace migc {

inline constexpr const char* kAllTargets = "terraform,cloudformation,pulumi";

// Adds the option to `cmd`; the value is checked (unknown names are a usage error).
void addTargetOption(CLI::App& cmd, std::string& targets);

// Whether the comma-separated `targets` names `target`.
bool targetSelected(std::string_view targets, std::string_view target);

// The scope of the domain checks for `targets`; `building` for `migc build`.
checks::CheckScope checkScope(std::string_view targets, bool building);

}  // namespace migc
