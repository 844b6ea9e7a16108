// Completion snippets for kinds, nested blocks and fields. A field's
// placeholder is a value its type accepts (its default, its minimum, a
// declared object of the referenced kind, the newest engine version), so
// accepting a snippet as offered leaves a program that type-checks
// (tests/lsp/snippets_test.cpp checks every kind and field).
#pragma once

#include <string>

#include "lsp/protocol.h"
#include "sema/builtin_functions.h"
#include "sema/schema.h"

namespace migc::lsp {

// `$`, `}` and `\` written literally in a snippet.
std::string snippetEscape(std::string_view text);

// The value a field's placeholder holds (without snippet markup).
std::string placeholderValue(const Analysis& a, const sema::FieldSchema& f);
// `name = ${1:value}` (enum and bool fields offer a choice).
std::string fieldSnippet(const Query& q, const sema::FieldSchema& f);
// `kind ${1:name} {` with its required fields `}`.
std::string kindSnippet(const Query& q, const sema::KindSchema& k);
// `name {` with its required fields `}`: a nested block.
std::string blockSnippet(const Query& q, const std::string& name, const sema::KindSchema& k);
// `aurora_postgresql("${1:16.4}")` with the newest supported version.
std::string engineSnippet(const Query& q, const sema::EngineFunction& e);

}  // namespace migc::lsp
