// Terraform HCL printer: a Terraform-shaped model::Stack (resource types and
// property names as in hashicorp/aws 5.x) to five files, each exactly as
// `terraform fmt` writes it:
//   versions.tf   terraform { required_version, required_providers aws ~> 5.0 }
//   providers.tf  provider "aws" { region }
//   variables.tf  one variable per Param (type, description, default,
//                 validation for allowed values)
//   main.tf       resources / data sources / ephemeral resources
//   outputs.tf    one output per Output
// Every file starts with the stack header as `#` comment lines.
//
// Naming: labels are the resource ids (snake_case already), variables the
// param names. References: `TYPE.LABEL.attr` (attr "" is `.id`), with
// `data.` / `ephemeral.` prefixes for those modes. A resource with a
// condition gets `count = var.COND ? 1 : 0`; references to it read
// `TYPE.LABEL[0].attr` from resources with the same condition (both exist
// together) and `one(TYPE.LABEL[*].attr)` everywhere else (outputs,
// unconditional resources), which is null instead of an error when the
// resource is absent.
//
// Throws std::invalid_argument when the stack breaks the model's invariants
// (a reference to an id that is not in the stack, a CloudFormation-only
// SecretRef): those are lowering bugs, not user errors.
#pragma once

#include "model/output_file.h"
#include "model/resource.h"

namespace migc::terraform {

model::OutputFiles printTerraform(const model::Stack& stack);

}  // namespace migc::terraform
