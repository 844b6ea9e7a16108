// The `migration` declaration (name, regions, naming, tags) and `policy`
// declarations create nothing themselves: the first shapes every other
// resource, the second only checks the program.
#include "lower/registry.h"

namespace migc::lower {

template <>
KindLowering lowering<kind::migration>() {
  return KindLowering::none("the migration's regions, naming and tags shape every other resource");
}

template <>
KindLowering lowering<kind::policy>() {
  return KindLowering::none("a policy declaration checks the program; it creates nothing");
}

}  // namespace migc::lower
