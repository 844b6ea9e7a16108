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
// Pulumi YAML has no conditionals and no data sources here, so the driver
// must resolve every Resource::condition at compile time (flag values known)
// before printing, and call pulumiSupports() first: printPulumi() prints
// every resource as given and ignores conditions.
//
// Throws std::invalid_argument for a reference to an id not in the stack (a
// lowering bug).
#pragma once

#include "model/output_file.h"
#include "model/resource.h"

#include <string>

namespace migc::pulumi {

model::OutputFiles printPulumi(const model::Stack& stack);

// False, with the reasons in `why` ("; "-separated), when the stack uses
// something this printer cannot express faithfully: conditional resources,
// data/ephemeral sources, Terraform types without a known token, properties
// pulumi-aws v7 removed, CloudFormation-only SecretRefs, or names that
// collide once camelCased.
bool pulumiSupports(const model::Stack& stack, std::string& why);

}  // namespace migc::pulumi
