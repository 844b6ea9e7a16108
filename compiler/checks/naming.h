// The migration's `naming` pattern expanded for one declaration, as the
// backends expand it: {name} is the declaration's name with '_' as '-',
// {kind} the resource's kind label, any other placeholder a param (known at
// deploy time). Checks that judge emitted names start here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "checks/resource_names.h"
#include "ir/program.h"

namespace migc::checks {

// The pieces of the name `pattern` gives `object` under `kind_label`; a
// param's max_length is its longest allowed value for an enum param.
std::vector<NamePart> expandNaming(const ir::Program& program, const ir::Object& object, std::string_view kind_label);

// The placeholders of a naming pattern in order, each with its offset (of
// the '{') in the pattern.
struct Placeholder {
  std::string name;
  size_t offset = 0;
};
std::vector<Placeholder> placeholdersOf(std::string_view pattern);

}  // namespace migc::checks
