// What every kind's lowering needs, whichever provider shape it produces:
// logical ids, physical names from the migration's naming pattern, tags,
// IR values as property values, and references to other objects'
// attributes. The two shapes (Terraform/Pulumi-AWS and CloudFormation)
// differ in property names and structure, never in these rules.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>

#include "diag/diagnostic_sink.h"
#include "ir/program.h"
#include "model/resource.h"

namespace migc::lowering {

enum class Shape { Aws, Cfn };

class Context;

// One kind's lowering in one shape.
struct KindLowering {
  // Adds the object's resources to the stack.
  std::function<void(Context&, const ir::Object&)> lower;
  // A reference to one of the object's attributes ("" = the object itself).
  std::function<model::PValue(Context&, const ir::Object&, std::string_view attr)> attribute;
};

class Context {
 public:
  Context(const ir::Program& program, Shape shape, DiagnosticSink& diags,
          const std::map<std::string, KindLowering, std::less<>>& kinds);

  const ir::Program& program() const { return program_; }
  Shape shape() const { return shape_; }
  DiagnosticSink& diags() { return diags_; }
  model::Stack& stack() { return stack_; }

  // Neutral snake_case logical id: "aurora" + "cluster" -> "aurora_cluster".
  static std::string id(const ir::Object& o, std::string_view role);
  // The physical name from the naming pattern: {name} is the object's
  // name, {kind} the resource kind label, {param} a deploy-time param.
  model::PValue name(const ir::Object& o, std::string_view kind_label);
  // The migration's tags in the shape's container (every taggable resource
  // carries them): a map for Terraform/Pulumi, a list of {Key, Value} for
  // CloudFormation.
  model::PValue tags();
  model::PValue value(const ir::Value& v);
  model::PValue attribute(const ir::Object& o, std::string_view attr);
  const ir::Object& object(const ir::Value& ref) const { return program_.objects[ref.object]; }
  const ir::Object* objectOrNull(const ir::Value* ref) const {
    return ref && ref->kind == ir::Value::Kind::Attr ? &program_.objects[ref->object] : nullptr;
  }
  // Objects of a kind that refer to `target` through `field` (e.g. pipelines
  // whose `to` is this cluster).
  std::vector<const ir::Object*> referrers(const ir::Object& target, std::string_view kind,
                                           std::string_view field) const;

  model::Resource& add(std::string type, std::string id, const ir::Object& owner);

  // Account-wide resources (e.g. dms-vpc-role) are added once per stack.
  bool once(const std::string& key) { return once_.insert(key).second; }

  // The condition of the object being lowered: every resource it adds
  // carries it (and its region).
  void setCurrent(const ir::Object* o) { current_ = o; }

  // The region an object is placed in: its `region` field, else the primary.
  std::string regionOf(const ir::Object& o) const;
  // The region of the object being lowered.
  std::string currentRegion() const;

 private:
  const ir::Program& program_;
  Shape shape_;
  DiagnosticSink& diags_;
  const std::map<std::string, KindLowering, std::less<>>& kinds_;
  model::Stack stack_;
  std::set<std::string> once_;
  const ir::Object* current_ = nullptr;
};

// Helpers for reading IR fields.
const ir::Value& field(const ir::Object& o, std::string_view path);
std::string text(const ir::Object& o, std::string_view path);
int64_t integer(const ir::Object& o, std::string_view path);
double seconds(const ir::Object& o, std::string_view path);
bool flag(const ir::Object& o, std::string_view path);
// "10.0.0.0/16" split into /24 subnets: subnet(i) = "10.0.<i>.0/24".
std::string subnetCidr(std::string_view vpc_cidr, int index, int newbits);

// Lowers the program in one shape: params, objects in order, outputs.
model::Stack lowerProgram(const ir::Program& program, Shape shape, DiagnosticSink& diags,
                          const std::map<std::string, KindLowering, std::less<>>& kinds);

}  // namespace migc::lowering
