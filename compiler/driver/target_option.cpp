#include "driver/target_option.h"

#include <CLI/CLI.hpp>

#include <algorithm>

namespace migc {

void addTargetOption(CLI::App& cmd, std::vector<std::string>& targets) {
  // One value per occurrence (comma-separated, repeatable), so that
  // `--target terraform app.mig` keeps app.mig as the path.
  cmd.add_option("--target", targets,
                 "Targets, comma-separated or repeated: terraform, cloudformation, pulumi (default: all)")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->type_name("TARGET")
      ->check(CLI::Validator(
          [](std::string& t) -> std::string {
            if (t != "terraform" && t != "cloudformation" && t != "pulumi")
              return "unknown target '" + t + "' (expected terraform, cloudformation or pulumi)";
            return {};
          },
          "{terraform,cloudformation,pulumi}"));
}

bool targetSelected(const std::vector<std::string>& targets, std::string_view target) {
  return std::find(targets.begin(), targets.end(), target) != targets.end();
}

checks::CheckScope checkScope(const std::vector<std::string>& targets, bool building) {
  checks::CheckScope scope;
  scope.terraform = targetSelected(targets, "terraform");
  scope.cloudformation = targetSelected(targets, "cloudformation");
  scope.pulumi = targetSelected(targets, "pulumi");
  scope.building = building;
  return scope;
}

}  // namespace migc
