// The lowering of every kind, generated from the kind registry
// (compiler/sema/kinds/kinds.def): each kind's lowering<kind::X>() is
// defined in lower/<x>.cpp, so a kind without one does not link, and a kind
// that creates nothing says why (KindLowering::none). The registry test
// (tests/lowering/registry_test.cpp) holds every entry to that.
#pragma once

#include <span>
#include <string_view>
#include <utility>

#include "lower/context.h"

namespace migc::lower {

namespace kind {
#define MIG_KIND(Name, Schema) struct Name;
#include "sema/kinds/kinds.def"
#undef MIG_KIND
}  // namespace kind

template <typename Kind>
KindLowering lowering();

struct RegisteredLowering {
  std::string_view kind;
  KindLowering lowering;
};

// Every kind of kinds.def, in its order.
std::span<const RegisteredLowering> allLowerings();
// The lowering of `kind`; throws std::logic_error for a kind not in kinds.def.
const KindLowering& loweringOf(std::string_view kind);

}  // namespace migc::lower
