// The provider-shaped resource model that printers consume. Two lowerings
// produce it from the IR: one in the Terraform/Pulumi-AWS shape (Pulumi's
// AWS provider is bridged from Terraform's: same resources and properties,
// camelCase names) and one in the CloudFormation shape. Three printers turn
// it into text. Printers never look at the IR.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <utility>
#include <vector>

namespace migc::model {

// A property value. Symbolic kinds (Ref, Param, Concat) are written in
// each target's own syntax by its printer.
struct PValue {
  enum class Kind : uint8_t {
    Null, Bool, Int, Number, String,
    List,     // [a, b]
    Object,   // { k = v } — an attribute whose value is a map/object
    Block,    // Terraform nested block `name { ... }` (Object-shaped); see below
    Ref,      // an attribute of another resource: resource id + attribute ("" = the
              // resource itself: TF id, CFN !Ref, Pulumi ${res.id})
    Param,    // a deploy-time parameter (target-neutral name, printers apply naming)
    Concat,   // string built from parts (interpolation)
    Json,     // the value (an Object/List) serialised as a JSON string: TF jsonencode(),
              // CFN string (Fn::Sub / Fn::Join when symbolic), Pulumi fn::toJSON
    SecretRef,  // CFN only: '{{resolve:secretsmanager:<Ref>:SecretString:<key>}}'; `text` = key
    Lookup,   // a column of the Stack table `ref`, in the row the table's param selects at
              // deploy time (`text` = column): TF local.t[var.p].c, CFN Fn::FindInMap,
              // Pulumi ${t.c} over an std:lookup invoke
    IfFlag,   // items[0], present only while the bool param `text` is true: CFN Fn::If
              // with AWS::NoValue; TF the value itself (a counted resource's attribute
              // reads as null); Pulumi decides the flag at build time (pulumi_flags)
  };
  Kind kind = Kind::Null;
  bool boolean = false;
  int64_t integer = 0;
  double number = 0;
  std::string text;  // String; Ref: attribute; Param: name; SecretRef: json key
  std::string ref;   // Ref/SecretRef: resource id
  std::vector<PValue> items;                           // List, Concat parts, Json (1 item)
  std::vector<std::pair<std::string, PValue>> fields;  // Object, Block
  // Block only: the Pulumi property name when it is not camelCase(name),
  // e.g. Terraform's repeated `parameter` blocks are Pulumi `parameters`.
  std::string pulumi_name;
  bool block_list = false;  // Block: Pulumi renders as a list even when single

  // Defined out of line (resource.cpp): clang with libstdc++ would otherwise
  // instantiate them while PValue, which holds pairs of PValues, is incomplete.
  PValue();
  PValue(const PValue&);
  PValue(PValue&&) noexcept;
  PValue& operator=(const PValue&);
  PValue& operator=(PValue&&) noexcept;
  ~PValue();

  static PValue null() { return {}; }
  static PValue b(bool v) { PValue p; p.kind = Kind::Bool; p.boolean = v; return p; }
  static PValue i(int64_t v) { PValue p; p.kind = Kind::Int; p.integer = v; p.number = double(v); return p; }
  static PValue n(double v) { PValue p; p.kind = Kind::Number; p.number = v; return p; }
  static PValue s(std::string v) { PValue p; p.kind = Kind::String; p.text = std::move(v); return p; }
  static PValue list(std::vector<PValue> v) { PValue p; p.kind = Kind::List; p.items = std::move(v); return p; }
  static PValue strings(const std::vector<std::string>& v) {
    PValue p; p.kind = Kind::List;
    for (const std::string& s : v) p.items.push_back(PValue::s(s));
    return p;
  }
  static PValue object(std::vector<std::pair<std::string, PValue>> f) {
    PValue p; p.kind = Kind::Object; p.fields = std::move(f); return p;
  }
  static PValue block(std::vector<std::pair<std::string, PValue>> f, std::string pulumi_name = {},
                      bool as_list = false) {
    PValue p; p.kind = Kind::Block; p.fields = std::move(f); p.pulumi_name = std::move(pulumi_name);
    p.block_list = as_list; return p;
  }
  static PValue refTo(std::string resource, std::string attribute = {}) {
    PValue p; p.kind = Kind::Ref; p.ref = std::move(resource); p.text = std::move(attribute); return p;
  }
  static PValue param(std::string name) { PValue p; p.kind = Kind::Param; p.text = std::move(name); return p; }
  static PValue ifFlag(std::string flag, PValue value) {
    PValue p; p.kind = Kind::IfFlag; p.text = std::move(flag); p.items.push_back(std::move(value)); return p;
  }
  static PValue concat(std::vector<PValue> parts) { PValue p; p.kind = Kind::Concat; p.items = std::move(parts); return p; }
  static PValue json(PValue v) { PValue p; p.kind = Kind::Json; p.items.push_back(std::move(v)); return p; }
  static PValue lookup(std::string table, std::string column) {
    PValue p; p.kind = Kind::Lookup; p.ref = std::move(table); p.text = std::move(column); return p;
  }
  static PValue secretRef(std::string secret_resource, std::string key) {
    PValue p; p.kind = Kind::SecretRef; p.ref = std::move(secret_resource); p.text = std::move(key); return p;
  }
};

using Fields = std::vector<std::pair<std::string, PValue>>;

struct Resource {
  std::string type;  // "aws_rds_cluster" or "AWS::RDS::DBCluster"
  std::string id;    // target-neutral logical id in snake_case ("aurora_cluster");
                     // each printer's naming object derives its label / logical id
  Fields properties;  // in emission order (the lowering decides the order)
  std::vector<std::string> depends_on;  // resource ids
  // Properties another actor changes after creation (autoscaling sets an ECS
  // service's desired count): Terraform `lifecycle { ignore_changes }`, Pulumi
  // `ignoreChanges`. CloudFormation updates only properties the template
  // changes, so it needs nothing. Provider-shape (snake_case) names.
  std::vector<std::string> ignore_changes;
  std::string condition;  // a bool Param name: the resource exists only when it is true
  // The AWS region the resource lives in; "" = the stack's primary region.
  // Terraform: `provider = aws.<alias>`; Pulumi: an explicit provider;
  // CloudFormation: the template of that region.
  std::string region;
  // CloudFormation: DeletionPolicy/UpdateReplacePolicy (always "Delete" here).
  std::string deletion_policy;
  // Terraform only: `data` or `ephemeral` instead of `resource`.
  std::string tf_mode = "resource";
};

struct Param {
  std::string name;         // target-neutral snake_case
  std::string type;         // string | number | bool | list(string)
  std::string description;
  bool has_default = false;
  PValue default_value;
  std::vector<std::string> allowed;  // enum
  bool sensitive = false;  // a secret: sensitive / NoEcho / secret in every target
};

struct Output {
  std::string name;  // the key, written as is by every printer (ir::outputKey)
  std::string description;
  PValue value;
  bool sensitive = false;
};

// A table of constants keyed by the values of an enum param: choosing the
// row is a parameter change at deploy time (e.g. a cutover's weights per
// phase). Row keys are the param's values; every row has the same columns.
struct Table {
  std::string name;   // snake_case, unique in the stack
  std::string param;  // the param whose value selects the row
  std::vector<std::pair<std::string, Fields>> rows;
};

struct Stack {
  std::string name;    // the migration name
  std::string region;  // primary region
  std::vector<std::string> regions;  // every region, the primary first
  std::vector<Param> params;
  // A deque: lowering holds a Resource& from Context::add while it adds more
  // (a key policy adds the caller-identity data source), so addresses must not move.
  std::deque<Resource> resources;
  std::vector<Output> outputs;
  std::vector<Table> tables;  // read through PValue::lookup
  std::string header;  // generator, version, source hash — printers emit it as a comment
  // Files written beside the printed ones (code assets: assets/<name>.zip),
  // relative to the target's output folder.
  std::vector<std::pair<std::string, std::string>> files;
  // Tags every taggable resource carries, already in the resources' own
  // properties; kept here for Terraform/Pulumi provider default_tags docs.
};

}  // namespace migc::model
