// How CloudFormation writes what the model (in the Terraform AWS provider's
// vocabulary) says: resource types, property names and shapes, what Ref and
// Fn::GetAtt read, and the few Terraform resources that are part of another
// resource in CloudFormation. The default is mechanical (snake_case to
// PascalCase; Terraform blocks as objects); these tables hold the rest, one
// file per AWS service family (aws_names_<family>.cpp), each row checked
// against cfn-lint's resource schemas by the conformance tests.
// cloudformation/translate.cpp applies them.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace migc::cloudformation {

// How a type takes the migration's tags.
enum class TagStyle : uint8_t {
  List,           // Tags: [{Key, Value}]
  Map,            // Tags: {key: value} (AWS::SSM::Parameter, AWS Backup)
  Specification,  // TagSpecifications: [{ResourceType: <tag_resource>, Tags: [{Key, Value}]}]
  None,           // no tags at all (MIG3039 names such types)
};

struct TypeName {
  std::string_view tf;   // aws_rds_cluster
  std::string_view cfn;  // AWS::RDS::DBCluster; "" = no resource of its own (a data source read
                         // through pseudo parameters, or a Fold below)
  std::string_view ref;  // the Terraform attribute that CloudFormation's Ref returns
  TagStyle tags = TagStyle::List;
  bool stateful = false;  // holds data: DeletionPolicy/UpdateReplacePolicy Delete
  std::string_view empty_map = {};     // a map property the schema requires even when empty
  std::string_view tag_resource = {};  // TagStyle::Specification: the ResourceType
};

enum class Convert : uint8_t {
  None,
  Drop,         // Terraform-only: not written (`why` says how CloudFormation does it)
  Json,         // JSON text in Terraform, an object in CloudFormation (policy documents)
  JsonPascal,   // the same with property keys (Block keys) capitalised (container definitions)
  Text,         // a number or boolean written as a string where the schema wants one
  List,         // a single block written as a one-item list
  Words,        // a boolean written as one of two words, `arg` = "<true>|<false>"
  KeyValue,     // written as {Key: arg, Value: "<value as text>"} appended to the list at `cfn`
  WrapObject,   // written as [{<arg>: value}] at `cfn`
  ParameterMap, // repeated {name, value} blocks written as one {name: value} map
  NameValue,    // a map written as [{Name, Value}]
  KeyValueList, // a map written as [{Key, Value}] (tags inside a block)
  Number,       // a number Terraform takes as a string, written as a number
};

struct PropertyName {
  std::string_view tf;    // Terraform type
  std::string_view path;  // Terraform property path inside it: "health_check.path"
  // The CloudFormation name, relative to where the enclosing block went; a
  // leading '/' places it from the resource's root ("/HealthCheckPath"); a
  // dotted name nests it ("NetworkConfiguration.AwsvpcConfiguration"); ""
  // for a block dissolves it into its parent.
  std::string_view cfn;
  Convert convert = Convert::None;
  std::string_view arg = {};
  std::string_view why = {};  // Drop and other shape changes: the reason
};

struct AttributeName {
  std::string_view tf;    // Terraform type
  std::string_view attr;  // the Terraform attribute a reference reads
  // "" = Ref; "Endpoint.Address" = Fn::GetAtt; "AWS::AccountId" = that pseudo parameter.
  std::string_view cfn;
};

// A Terraform resource that CloudFormation writes as part of another: its
// properties (named by its own PropertyName rows) go into the resource its
// `via` property refers to.
struct Fold {
  std::string_view child;   // aws_s3_bucket_versioning
  std::string_view via;     // its property that refers to the parent: "bucket"
  std::string_view into;    // where in the parent ("" = the parent's top level)
  std::string_view append;  // "" = merge the properties; else append the value of this
                            // property ("*" = all properties, as one object) to the list `into`
  std::string_view why;
};

// Each family's rows (aws_names_<family>.cpp).
struct NameTables {
  std::span<const TypeName> types;
  std::span<const PropertyName> properties;
  std::span<const AttributeName> attributes;
  std::span<const Fold> folds;
};
NameTables ec2Names();
NameTables rdsNames();
NameTables dmsNames();
NameTables iamNames();
NameTables containerNames();   // ECS, ELB, Application Auto Scaling, CloudWatch Logs
NameTables storageNames();     // S3, DynamoDB, SSM, Secrets Manager, KMS, AWS Backup
NameTables eventNames();       // SNS, EventBridge, Lambda, CloudWatch alarms and dashboards
NameTables networkingNames();  // Route 53, VPN, MGN launch templates

// Lookups over every family's rows (nullptr when absent).
const TypeName* typeName(std::string_view tf);
const PropertyName* propertyName(std::string_view tf, std::string_view path);
const AttributeName* attributeName(std::string_view tf, std::string_view attr);
const Fold* foldOf(std::string_view child);
// Every row, for the tests that check them against cfn-lint's schemas.
std::span<const NameTables> allNameTables();

// snake_case -> PascalCase ("db_subnet_group_name" -> "DbSubnetGroupName").
std::string pascal(std::string_view snake);

}  // namespace migc::cloudformation
