// CloudFormation printer: a CloudFormation-shaped model::Stack (resource
// types `AWS::...`, property names already CloudFormation's) to
// `template.yaml` or `template.json`.
//
// Naming: logical ids, parameters and outputs are PascalCase of the snake
// names ("aurora_cluster" -> "AuroraCluster"). A bool param is a String
// parameter with AllowedValues ["true", "false"]; a resource conditional on
// it gets `Condition: IsX` with `IsX: {Fn::Equals: [{Ref: X}, "true"]}`, and
// an output that only reads resources of one condition gets that condition
// too (otherwise it would fail when they are absent).
//
// Values: Ref with attr "" -> {Ref: X}, else {Fn::GetAtt: [X, "Attr.Path"]};
// Param -> {Ref: P}; Concat -> {Fn::Sub: "..${X}..${X.Attr}.."} with literal
// "${" written "${!"; Json -> a compact JSON string (keys in the given
// order), or Fn::Sub over that text when it holds references; SecretRef ->
// {Fn::Sub: "{{resolve:secretsmanager:${X}:SecretString:KEY}}"}; Block is
// an Object. YAML uses the long-form intrinsic keys (no `!Ref` tags), so any
// YAML reader sees plain maps.
//
// The header is `#` comment lines in YAML and part of Description in both.
// Throws std::invalid_argument for a reference to an id not in the stack (a
// lowering bug).
#pragma once

#include "model/output_file.h"
#include "model/resource.h"

namespace migc::cloudformation {

model::OutputFiles printCloudFormation(const model::Stack& stack, bool json);

// The PascalCase logical id / Parameter name of a snake_case name
// ("phase" -> "Phase"), as the printer spells it.
std::string pascalName(const std::string& snake);

}  // namespace migc::cloudformation
