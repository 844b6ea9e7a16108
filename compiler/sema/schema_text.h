// A field's type, default and bounds as text, written in the field's units
// (`7d`, `100GiB`, `80%`): what docs/kinds.md (driver/kind_docs.cpp) and the
// language server's hover and completion show.
#pragma once

#include <string>

#include "sema/schema.h"

namespace migc::sema {

// "a duration", "block (repeatable)".
std::string fieldTypeText(const FieldSchema& f);
// "7d", "[\"a\", \"b\"]", "{ ... }"; empty when the field has no default.
std::string defaultText(const FieldSchema& f);
// "1d to 35d", "≥ 1", "≤ 100%"; empty when unbounded.
std::string rangeText(const FieldSchema& f);
// A value as a .mig literal in the field's units; empty for values a
// literal cannot show (references, params).
std::string literalText(const ir::Value& v, TypeSpec::Tag tag);

}  // namespace migc::sema
