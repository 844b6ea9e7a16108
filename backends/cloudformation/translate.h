// The model (Terraform AWS provider vocabulary, already selected for
// CloudFormation) written in CloudFormation's: types, property names and
// shapes, Ref / Fn::GetAtt attributes, tag lists, folded resources and
// DeletionPolicy, all from the tables of aws_names.h. A name the tables do
// not know is a bug in the tables and throws std::logic_error.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "model/resource.h"

namespace migc::cloudformation {

struct Translated {
  model::Stack stack;
  // Resources whose type takes no tags while the migration has some: each
  // (CloudFormation type, logical id), for MIG3039.
  std::vector<std::pair<std::string, std::string>> untagged;
};

// `enough`, when given, is asked after each resource is translated; a true
// answer ends the translation there (the later resources, their folds into
// the ones so far, and the outputs are left out): for a measure that needs
// only the first resources.
Translated translate(const model::Stack& stack,
                     const std::function<bool(const model::Resource&)>& enough = {});

}  // namespace migc::cloudformation
