// Pulumi YAML printer: a Terraform-shaped model::Stack (pulumi-aws is
// bridged from the Terraform provider: same resources and properties) to one
// `Pulumi.yaml` program for pulumi-aws v7 (tokens and property names checked
// against pulumi-aws 7.48.0; the major is pinned in the header comment and
// the description).
//
// Naming: resources and outputs are camelCase of the snake ids; config keys
// are camelCase of the param names and are read as `${configKey}`; property
// names are camelCase of the Terraform names except for the exceptions in
// aws_names.h (repeated blocks become plural lists, a few renames). Object
// values are maps whose keys are kept, except the few object-typed
// attributes listed there. The primary region is the `aws:region` config
// value.
//
// Pulumi YAML has no conditionals, so the backend resolves every
// Resource::condition at compile time (pulumi/flags.h) before printing;
// printPulumi() prints every resource as given and ignores conditions.
// tests/lowering/target_names_test.cpp checks that every program's lowered
// stack is printable: tokens known, no input pulumi-aws v7 removed, no two
// names that collide once camelCased.
//
// Throws std::invalid_argument for a reference to an id not in the stack (a
// lowering bug).
#pragma once

#include "model/output_file.h"
#include "model/resource.h"

#include <string>

namespace migc::pulumi {

model::OutputFiles printPulumi(const model::Stack& stack);

}  // namespace migc::pulumi
