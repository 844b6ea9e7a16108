// How pulumi-aws v7 names what the Terraform AWS provider 5.x calls a
// resource type, a property or an attribute. pulumi-aws is bridged from the
// Terraform provider, so the default is mechanical (snake_case to camelCase;
// repeated blocks pluralised and written as lists; MaxItems=1 blocks as
// objects); these tables hold only what the bridge does differently, and
// were checked against the schema pulumi-check uses
// (oracles/data/pulumi-aws-7.48.0.json.gz) and `terraform providers schema`
// of hashicorp/aws 5.100.0.
#pragma once

#include <string>
#include <string_view>

namespace migc::pulumi {

// The pulumi-aws major these tables (and the printer) target, and the
// release whose schema the tokens were checked against: every resource and
// invoke pins it (options.version), so `pulumi up` runs the provider the
// program was written for, not whatever plugin is newest.
inline constexpr int kAwsMajor = 7;
inline constexpr const char* kAwsVersion = "7.48.0";

// Full type token (`aws:rds/cluster:Cluster`) for a Terraform resource
// type, or "" when the type is not in the table.
std::string_view typeToken(std::string_view tfType);
// The pulumi-aws function for a Terraform data or ephemeral source, or "".
std::string_view functionToken(std::string_view tfType);

// How a property is written when it differs from the mechanical rule.
enum class Shape {
  Default,      // the value's own shape
  List,         // always a list (a single block becomes a one-element list)
  Object,       // always an object (even for a block Terraform repeats)
  FileArchive,  // a local path string becomes `fn::fileArchive: <path>`
  Unsupported,  // not an input in pulumi-aws v7
};

struct PropertyName {
  std::string_view name;  // "" for Unsupported
  Shape shape;
};

// The exception for a property at `path` (Terraform names joined with '.',
// e.g. "rule.filter") of `tfType`, or nullptr. `timeouts` blocks are
// Unsupported everywhere (Pulumi has the customTimeouts option instead).
const PropertyName* propertyException(std::string_view tfType, std::string_view path);

// True when the block at `path` is one Terraform repeats (nesting list/set
// without max_items = 1): Pulumi takes a plural list even for one block.
bool isRepeatedBlock(std::string_view tfType, std::string_view path);

// True when the attribute at `path` holds an object (or a list of objects)
// with named fields, whose keys are then property names to camelCase.
// Every other Object value is a map (tags, dimensions, environment
// variables) whose keys are data and are kept as written.
bool isObjectAttribute(std::string_view tfType, std::string_view path);

// The Pulumi output name of a top-level Terraform attribute (what a
// reference reads), e.g. aws_cloudwatch_metric_alarm.alarm_name -> name.
std::string attributeName(std::string_view tfType, std::string_view attr);

// snake_case -> camelCase ("db_subnet_group_name" -> "dbSubnetGroupName").
std::string camel(std::string_view snake);

// The bridge's plural of a camelCase name ("parameter" -> "parameters",
// "policy" -> "policies"; names already ending in 's' unchanged).
std::string plural(std::string_view name);

}  // namespace migc::pulumi
