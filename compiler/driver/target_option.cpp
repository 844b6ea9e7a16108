#include "driver/target_option.h"

#include <CLI/CLI.hpp>

namespace migc {

void addTargetOption(CLI::App& cmd, std::string& targets) {
  // One value, comma-separated, so that `--target terraform app.mig` keeps
  // app.mig as the path.
  cmd.add_option("--target", targets, "Comma-separated targets: terraform, cloudformation, pulumi (default: all)")
      ->check([](const std::string& value) -> std::string {
        std::string_view rest = value;
        while (true) {
          std::string_view t = rest.substr(0, rest.find(','));
          if (t != "terraform" && t != "cloudformation" && t != "pulumi")
            return "unknown target '" + std::string(t) + "' (expected terraform, cloudformation or pulumi)";
          if (t.size() == rest.size()) return {};
          rest.remove_prefix(t.size() + 1);
        }
      });
}

bool targetSelected(std::string_view targets, std::string_view target) {
  while (true) {
    std::string_view t = targets.substr(0, targets.find(','));
    if (t == target) return true;
    if (t.size() == targets.size()) return false;
    targets.remove_prefix(t.size() + 1);
  }
}

checks::CheckScope checkScope(std::string_view targets, bool building) {
  checks::CheckScope scope;
  scope.terraform = targetSelected(targets, "terraform");
  scope.cloudformation = targetSelected(targets, "cloudformation");
  scope.pulumi = targetSelected(targets, "pulumi");
  scope.building = building;
  return scope;
}

}  // namespace migc
