// Every resource type the lowering makes, in every example and conformance
// program, has a name in each target: a Pulumi type token, and a
// CloudFormation type (or a resource it folds into). The CloudFormation
// translation knows every property and attribute those programs use (it
// throws on one it does not), and each target prints without error.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "cloudformation/aws_names.h"
#include "cloudformation/printer.h"
#include "cloudformation/translate.h"
#include "lower/context.h"
#include "programs.h"
#include "pulumi/aws_names.h"
#include "pulumi/printer.h"
#include "terraform/printer.h"

namespace migc {
namespace {

TEST(TargetNames, EveryLoweredTypeHasANameInEachTarget) {
  for (const test::CheckedProgram& p : test::checkedPrograms()) {
    DiagnosticSink diags;
    model::Stack stack = lower::lowerProgram(p.ws->program, diags);
    for (const model::Resource& r : stack.resources) {
      if (r.type.starts_with("AWS::")) {
        EXPECT_EQ(r.targets, model::Targets::CloudFormation) << p.name << ": " << r.id << " is CloudFormation's alone";
        continue;
      }
      if (model::includes(r.targets, model::Target::Pulumi)) {
        bool invoke = r.tf_mode != "resource" && !pulumi::functionToken(r.type).empty();
        EXPECT_TRUE(invoke || !pulumi::typeToken(r.type).empty()) << p.name << ": no Pulumi token for " << r.type;
      }
      if (model::includes(r.targets, model::Target::CloudFormation)) {
        EXPECT_TRUE(cloudformation::typeName(r.type) || cloudformation::foldOf(r.type))
            << p.name << ": no CloudFormation type for " << r.type;
      }
    }
    EXPECT_NO_THROW({
      terraform::printTerraform(model::selectTarget(stack, model::Target::Terraform));
      pulumi::printPulumi(model::selectTarget(stack, model::Target::Pulumi));
      cloudformation::printCloudFormation(
          cloudformation::translate(model::selectTarget(stack, model::Target::CloudFormation)).stack, false);
    }) << p.name;
  }
}

// Each program's Pulumi view is printable faithfully: no input pulumi-aws
// v7 removed, and no two params or resources whose camelCase names collide
// (Pulumi YAML keys are camelCase of the snake ids).
void removedInputs(const model::PValue& v, const std::string& type, const std::string& path,
                   std::vector<std::string>& found) {
  for (const auto& [name, fv] : v.fields) {
    std::string p = path.empty() ? name : path + "." + name;
    if (const auto* e = pulumi::propertyException(type, p); e && e->shape == pulumi::Shape::Unsupported)
      found.push_back(type + "." + p);
    removedInputs(fv, type, p, found);
  }
  for (const auto& item : v.items) removedInputs(item, type, path, found);
}

TEST(TargetNames, PulumiNamesAreUniqueAndInputsExist) {
  for (const test::CheckedProgram& p : test::checkedPrograms()) {
    DiagnosticSink diags;
    model::Stack stack = model::selectTarget(lower::lowerProgram(p.ws->program, diags), model::Target::Pulumi);
    std::map<std::string, std::string> names;
    auto claim = [&](const std::string& key, const std::string& what) {
      auto [it, fresh] = names.emplace(key, what);
      EXPECT_TRUE(fresh) << p.name << ": " << what << " and " << it->second << " both become " << key;
    };
    for (const model::Param& param : stack.params) claim(pulumi::camel(param.name), "param " + param.name);
    for (const model::Resource& r : stack.resources) {
      claim(pulumi::camel(r.id), "resource " + r.id);
      std::vector<std::string> removed;
      removedInputs(model::PValue::block(r.properties), r.type, "", removed);
      EXPECT_TRUE(removed.empty()) << p.name << ": " << r.id << " sets " << removed.front()
                                   << ", not an input in pulumi-aws v7";
    }
  }
}

// The translation's tables name only CloudFormation types and properties
// that exist: each row's type is written AWS::Service::Resource, and no
// Terraform type appears twice.
TEST(TargetNames, TableRowsAreWellFormed) {
  std::set<std::string_view> types;
  for (const cloudformation::NameTables& t : cloudformation::allNameTables()) {
    for (const cloudformation::TypeName& row : t.types) {
      EXPECT_TRUE(types.insert(row.tf).second) << row.tf << " twice";
      if (!row.cfn.empty()) {
        EXPECT_TRUE(row.cfn.starts_with("AWS::")) << row.tf;
      }
    }
    for (const cloudformation::PropertyName& row : t.properties) {
      if (row.convert == cloudformation::Convert::Drop) {
        EXPECT_FALSE(row.why.empty()) << row.tf << "." << row.path;
      }
    }
  }
}

}  // namespace
}  // namespace migc
