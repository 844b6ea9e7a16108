#pragma once

#include <string>

namespace migc {

// docs/kinds.md: every kind's fields, blocks and attributes, generated from
// the schemas in compiler/sema/kinds/ so the reference cannot drift.
std::string kindReferenceMarkdown();

}  // namespace migc
