// The three targets, and sets of them: what a resource or a value of the
// model is created in when not every target takes it the same way.
#pragma once

#include <cstdint>
#include <string_view>

namespace migc::model {

enum class Target : uint8_t { Terraform = 1, Pulumi = 2, CloudFormation = 4 };

enum class Targets : uint8_t {
  None = 0,
  Terraform = 1,
  Pulumi = 2,
  CloudFormation = 4,
  // Terraform's AWS provider and Pulumi's, which is bridged from it: the
  // same resources and mechanisms.
  Providers = Terraform | Pulumi,
  All = Terraform | Pulumi | CloudFormation,
};

constexpr Targets operator|(Targets a, Targets b) {
  return static_cast<Targets>(static_cast<uint8_t>(a) | static_cast<uint8_t>(b));
}
constexpr bool includes(Targets set, Target t) { return (static_cast<uint8_t>(set) & static_cast<uint8_t>(t)) != 0; }

constexpr std::string_view targetName(Target t) {
  switch (t) {
    case Target::Terraform: return "terraform";
    case Target::Pulumi: return "pulumi";
    case Target::CloudFormation: return "cloudformation";
  }
  return "";
}

}  // namespace migc::model
