// Builds our AST from ANTLR's parse tree. Every accessor may return null on
// a tree that error recovery patched up, so every step checks and falls back
// to an Error node: a broken file still yields a tree.
#pragma once

#include "MigParser.h"
#include "syntax/parse_context.h"

namespace migc {

NodeId buildAst(ParseContext& ctx, mig::MigParser::FileContext* file);

}  // namespace migc
