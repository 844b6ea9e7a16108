// Decoding of literal token text: numbers with '_' separators, unit
// literals, and string escapes.
#pragma once

#include <algorithm>
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

// Picks the candidate closest to a misspelt name, if any is close enough
// (fewer edits than a third of the name's length, and at least 2).
class NameSuggester {
 public:
  explicit NameSuggester(std::string_view name)
      : name_(name), best_distance_(std::max<size_t>(2, name.size() / 3) + 1) {}
  void consider(std::string_view candidate) {
    size_t d = editDistance(name_, candidate);
    if (d < best_distance_) {
      best_distance_ = d;
      best_ = std::string(candidate);
    }
  }
  const std::string& best() const { return best_; }

 private:
  std::string_view name_;
  size_t best_distance_;
  std::string best_;
};

}  // namespace migc
