// What every kind's lowering needs: logical ids, physical names from the
// migration's naming pattern, tags, IR values as model values, references
// to other declarations' attributes, and the declarations that refer to one
// another. The lowering runs once per build and writes one model, in the
// Terraform AWS provider's vocabulary, for every target; where targets need
// different resources or mechanisms the model marks them (model/targets.h).
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <tuple>

#include "assets/package.h"
#include "diag/diagnostic_sink.h"
#include "ir/kind_fields.h"
#include "ir/program.h"
#include "model/resource.h"

namespace migc::lower {

using model::PValue;
using model::Target;
using model::Targets;
namespace fields = ir::fields;

class Context;

// One kind's lowering.
struct KindLowering {
  // Adds the object's resources to the stack.
  std::function<void(Context&, const ir::Object&)> lower;
  // A reference to one of the object's attributes ("" = the object itself).
  std::function<PValue(Context&, const ir::Object&, std::string_view attr)> attribute;
  // The value of a CloudWatch dimension (`DBClusterIdentifier`) of the
  // object's metrics; unset when the kind's metrics take the object's id.
  std::function<PValue(Context&, const ir::Object&, std::string_view dimension)> dimension;
  // For a kind that creates nothing itself: why (docs and the registry test).
  std::string_view not_lowered;

  static KindLowering none(std::string_view why) {
    KindLowering k;
    k.not_lowered = why;
    return k;
  }
};

class Context {
 public:
  // `building`: the targets of this build; diagnostics about what one
  // target cannot express are reported only when it is built. `assets`: the
  // code assets packaged for this build.
  Context(const ir::Program& program, DiagnosticSink& diags, Targets building, const assets::Assets& assets);

  const ir::Program& program() const { return program_; }
  DiagnosticSink& diags() { return diags_; }
  // The sink for a diagnostic about `target` alone: a scratch sink when this
  // build does not make that target.
  DiagnosticSink& diagsFor(Target target) { return includes(building_, target) ? diags_ : ignored_; }
  model::Stack& stack() { return stack_; }
  // The packaged code asset of `o`, or null (none, or packaging failed).
  const assets::Asset* asset(const ir::Object& o) const {
    auto it = assets_.find(o.name);
    return it == assets_.end() ? nullptr : &it->second;
  }

  // Neutral snake_case logical id: "aurora" + "cluster" -> "aurora_cluster".
  static std::string id(const ir::Object& o, std::string_view role);
  // The physical name from the naming pattern: {name} is the object's
  // name, {kind} the resource kind label, {param} a deploy-time param.
  PValue name(const ir::Object& o, std::string_view kind_label) const { return nameOf(program_, o, kind_label); }
  // The same rule without a lowering (the runbook names what it asks for).
  static PValue nameOf(const ir::Program& program, const ir::Object& o, std::string_view kind_label);
  // The migration's tags with the current declaration's `tags` over them
  // (a map; CloudFormation's translation writes the list its types take).
  PValue tags() { return tags(current_); }
  // The tags of a resource `owner` makes (null: an account-wide resource,
  // which carries the migration's tags only).
  PValue tags(const ir::Object* owner);
  // A value of the program as the model holds it: constants as they are,
  // params as references to them, attributes as references to the
  // resources that hold them.
  PValue value(const ir::Value& v);
  PValue value(const ir::typed::FieldValue& f) { return value(f.value()); }
  PValue attribute(const ir::Object& o, std::string_view attr);
  // Text built from parts (literals and values): adjacent literals merged, a
  // plain string when every part is one.
  static PValue text(std::vector<PValue> parts);
  // The value of a metric dimension of `o` (alarms, dashboards).
  PValue dimension(const ir::Object& o, std::string_view dimension);

  // The declaration a reference field names (required by the schema).
  const ir::Object& object(const ir::typed::Ref& ref) const;
  // The declaration an optional reference field names, or null.
  const ir::Object* objectOrNull(const ir::typed::Ref& ref) const { return ref.object(program_); }
  // Declarations of `kind` whose `field` (a path; a list field counts each
  // item) refers to `target`, in program order.
  const std::vector<const ir::Object*>& referrers(const ir::Object& target, std::string_view kind,
                                                  std::string_view field);

  model::Resource& add(std::string type, std::string id, const ir::Object& owner);

  // Account-wide resources are added once per stack.
  bool once(const std::string& key) { return once_.insert(key).second; }

  // The object being lowered: every resource it adds carries its `when`
  // condition and region.
  void setCurrent(const ir::Object* o) { current_ = o; }

  // The region an object is placed in: its `region` field, else the primary.
  std::string regionOf(const ir::Object& o) const;
  std::string currentRegion() const;
  // The AWS partition of a region ("aws", "aws-cn", "aws-us-gov").
  static std::string partitionOf(std::string_view region);

 private:
  const ir::Program& program_;
  DiagnosticSink& diags_;
  DiagnosticSink ignored_;
  Targets building_;
  const assets::Assets& assets_;
  model::Stack stack_;
  std::set<std::string> once_;
  const ir::Object* current_ = nullptr;
  std::map<std::tuple<size_t, std::string, std::string>, std::vector<const ir::Object*>, std::less<>> referrers_;
};

// "10.0.0.0/16" split into /24 subnets: subnet(i) = "10.0.<i>.0/24".
std::string subnetCidr(std::string_view vpc_cidr, int index, int newbits);

// Lowers the program once for every target: params, objects in order, outputs.
model::Stack lowerProgram(const ir::Program& program, DiagnosticSink& diags, Targets building = Targets::All,
                          const assets::Assets& assets = {});

}  // namespace migc::lower
