// Hand-built stacks for the printer tests: the same small application (a
// KMS key and alias, an SNS topic encrypted with it, a Secrets Manager secret
// with a resource policy, a dashboard whose JSON body reads the topic, an
// alarm that exists only when a flag is set, a cluster parameter group with
// repeated blocks, an S3 bucket with a lifecycle rule, outputs) in the
// Terraform shape (for the Terraform and Pulumi printers) and in the
// CloudFormation shape.
#pragma once

#include "model/output_file.h"
#include "model/resource.h"

#include <map>
#include <string>
#include <vector>

namespace migc::test {

model::Stack terraformStack();
model::Stack cloudFormationStack();

// What the driver does before printing Pulumi: drop resources whose
// condition is false, clear the others' conditions.
model::Stack resolveConditions(model::Stack stack, const std::map<std::string, bool>& flags);

// Strings a YAML 1.1 reader would not read back as themselves if written
// plain, plus other risky ones.
const std::vector<std::string>& trickyStrings();

// One resource "tricky" whose property `tricky_values` lists trickyStrings()
// and whose `tricky_map` maps each of them (as key) to itself.
model::Stack trickyStack(const std::string& type);

// Every file the three printers make of the stacks above, by path relative
// to the output folder ("terraform/main.tf", "cloudformation/template.json",
// "pulumi/Pulumi.yaml" — the latter with create_alarm resolved to true).
model::OutputFiles demoOutputs();

}  // namespace migc::test
