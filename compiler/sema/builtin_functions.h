// The built-in functions a program may call, named once for the evaluator
// (builtins.cpp) and for tools that offer them (completion in the language
// server).
#pragma once

#include <span>
#include <string_view>

namespace migc::sema {

// An engine constructor: `aurora_postgresql("16.4")` names the AWS engine
// `aurora-postgresql` (the key of stdlib/data/engine_versions.json).
struct EngineFunction {
  std::string_view function;
  std::string_view engine;
  std::string_view doc;
};
std::span<const EngineFunction> engineFunctions();

// Every other built-in, with a one-line signature.
struct BuiltinFunction {
  std::string_view name;
  std::string_view signature;
};
std::span<const BuiltinFunction> builtinFunctions();

}  // namespace migc::sema
