#include "lower/registry.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace migc::lower {

std::span<const RegisteredLowering> allLowerings() {
  static const std::vector<RegisteredLowering> kAll = {
#define MIG_KIND(Name, Schema) {#Name, lowering<kind::Name>()},
#include "sema/kinds/kinds.def"
#undef MIG_KIND
  };
  return kAll;
}

const KindLowering& loweringOf(std::string_view kind) {
  for (const RegisteredLowering& r : allLowerings())
    if (r.kind == kind) return r.lowering;
  throw std::logic_error("lowering: '" + std::string(kind) + "' is not a kind of kinds.def");
}

}  // namespace migc::lower
