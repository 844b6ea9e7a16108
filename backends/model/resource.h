// The resource model every target is printed from. One lowering per kind
// (backends/lower/) produces it once per build, in the Terraform AWS
// provider's vocabulary: resource types, property and attribute names are
// Terraform's. Pulumi's AWS provider is bridged from Terraform's (same
// resources, camelCase names: pulumi/aws_names.cpp); CloudFormation's names
// and shapes come from a table (cloudformation/aws_names*.cpp) applied by
// cloudformation/translate.cpp. Where a target needs a different set of
// resources or another mechanism, the model says so explicitly: a resource
// or a value marked for some targets only, with the reason (targets.h).
// Printers never look at the IR.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/targets.h"

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
              // reads as null); Pulumi decides the flag at build time (pulumi/flags.h)
    OnlyFor,  // items[0] in the targets of `targets` (`text` says why the others differ);
              // elsewhere items[1] when there is one, else the property, list item or
              // field is absent. selectTarget() resolves it before printing.
  };
  Kind kind = Kind::Null;
  bool boolean = false;
  int64_t integer = 0;
  double number = 0;
  std::string text;  // String; Ref: attribute; Param: name; SecretRef: json key; OnlyFor: why
  std::string ref;   // Ref/SecretRef: resource id
  Targets targets = Targets::All;  // OnlyFor
  std::vector<PValue> items;                           // List, Concat parts, Json (1 item)
  std::vector<std::pair<std::string, PValue>> fields;  // Object, Block

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
  // A nested block (Terraform `name { ... }`): its keys are property names,
  // which each target spells its own way. An Object's keys are data (tags,
  // environment variables) and are written as they are.
  static PValue block(std::vector<std::pair<std::string, PValue>> f) {
    PValue p; p.kind = Kind::Block; p.fields = std::move(f); return p;
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
  // `value` in `targets` only; `why` is the reason the others differ (it is
  // listed by the cross-target agreement test and docs/targets.md).
  static PValue onlyFor(Targets targets, std::string why, PValue value) {
    PValue p; p.kind = Kind::OnlyFor; p.targets = targets; p.text = std::move(why); p.items.push_back(std::move(value));
    return p;
  }
  // `value` in `targets`, `otherwise` in the rest.
  static PValue perTarget(Targets targets, std::string why, PValue value, PValue otherwise) {
    PValue p = onlyFor(targets, std::move(why), std::move(value));
    p.items.push_back(std::move(otherwise));
    return p;
  }

  // True when `pred` holds for this value or any value nested in it (items
  // and fields, depth first); a walk that collects returns false throughout.
  bool any(const std::function<bool(const PValue&)>& pred) const;
  // True for a reference to a resource (Ref or SecretRef).
  bool isResourceRef() const { return kind == Kind::Ref || kind == Kind::SecretRef; }
};

using Fields = std::vector<std::pair<std::string, PValue>>;

struct Resource {
  std::string type;  // "aws_rds_cluster" or "AWS::RDS::DBCluster"
  std::string id;    // target-neutral logical id in snake_case ("aurora_cluster");
                     // each printer's naming object derives its label / logical id
  std::string owner;  // the declaration it was lowered from (tests, diagnostics)
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
  // The targets that create it (all but a few: the reason says why).
  Targets targets = Targets::All;
  std::string targets_reason;
  // One per AWS account, under a name AWS fixes (DMS's dms-vpc-role): printed
  // into the account's bootstrap (splitAccountWide), never into the
  // migration's stack, where a second stack would fail on the name and
  // destroying one would break the others.
  bool account_wide = false;
};

// What the resource names a param reaches allow of its value (ir::NameConstraint,
// derived by lower/param_constraints.h): each printer writes it as its target can.
struct NameConstraint {
  int max_length = -1;      // -1: none
  std::string pattern;      // anchored regular expression, RE2 and Java alike; empty: none
  std::string description;  // in words: the error message and Pulumi's description
};

struct Param {
  std::string name;         // target-neutral snake_case
  std::string type;         // string | number | bool | list(string)
  std::string description;
  bool has_default = false;
  PValue default_value;
  std::vector<std::string> allowed;  // enum
  bool sensitive = false;  // a secret: sensitive / NoEcho / secret in every target
  std::optional<NameConstraint> name_constraint;
};

// The name constraint of `p` as one sentence, the same in every target
// (Terraform's error_message, CloudFormation's ConstraintDescription,
// Pulumi's description): "Resource names take suffix: at most 52 ...".
std::string nameConstraintSentence(const Param& p);

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

  // A copy of everything above but the resources (selectTarget copies only
  // the resources a target makes): a member added above is copied here too.
  Stack withoutResources() const {
    Stack s;
    s.name = name;
    s.region = region;
    s.regions = regions;
    s.params = params;
    s.outputs = outputs;
    s.tables = tables;
    s.header = header;
    s.files = files;
    return s;
  }
};

// The stack as `target` sees it: resources of other targets removed, and
// OnlyFor values resolved (kept unwrapped, or the property, list item or
// field left out). References to a removed resource are a lowering bug and
// throw std::logic_error.
Stack selectTarget(const Stack& stack, Target target);

// The stack without its account-wide resources (dependencies on them
// dropped: the runbook deploys the bootstrap first), and those resources as
// the account's bootstrap stack ("<name>-account", primary region, no params,
// conditions or outputs; empty when there are none). An account-wide resource that reads
// a param or another resource of the stack is a lowering bug: std::logic_error.
struct AccountSplit {
  Stack migration;
  Stack bootstrap;
};
AccountSplit splitAccountWide(const Stack& stack);

}  // namespace migc::model
