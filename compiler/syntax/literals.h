// Decoding of literal token text: numbers with '_' separators, unit
// literals, and string escapes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "syntax/ast.h"

namespace migc {

// nullopt when the number does not fit.
std::optional<NumberValue> parseNumber(std::string_view text);

struct UnitSplit {
  std::string_view number;
  std::string_view suffix;
};
UnitSplit splitUnitLiteral(std::string_view text);

// The unit a user probably meant by an unknown suffix ("days" -> "d").
std::optional<std::string_view> suggestUnit(std::string_view suffix);

// The character an escape stands for ('\n' for "\\n"), or nullopt.
std::optional<char> decodeEscape(char c);

// Levenshtein distance, for "did you mean" suggestions.
size_t editDistance(std::string_view a, std::string_view b);

}  // namespace migc
