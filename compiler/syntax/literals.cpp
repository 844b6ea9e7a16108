#include "syntax/literals.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <vector>

namespace migc {

std::optional<NumberValue> parseNumber(std::string_view text) {
  std::string digits;
  digits.reserve(text.size());
  for (char c : text)
    if (c != '_') digits.push_back(c);
  NumberValue v;
  if (digits.find('.') == std::string::npos) {
    auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v.integer);
    if (ec != std::errc() || ptr != digits.data() + digits.size()) return std::nullopt;
    v.is_integer = true;
    v.value = static_cast<double>(v.integer);
    return v;
  }
  char* end = nullptr;
  v.value = std::strtod(digits.c_str(), &end);
  if (end != digits.c_str() + digits.size() || !std::isfinite(v.value)) return std::nullopt;
  return v;
}

UnitSplit splitUnitLiteral(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) ||
                             text[i] == '_' || text[i] == '.'))
    ++i;
  return {text.substr(0, i), text.substr(i)};
}

size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

std::optional<std::string_view> suggestUnit(std::string_view suffix) {
  struct Alias {
    std::string_view spelled;
    std::string_view unit;
  };
  static constexpr Alias kAliases[] = {
      {"msec", "ms"}, {"millis", "ms"}, {"sec", "s"}, {"secs", "s"}, {"second", "s"},
      {"seconds", "s"}, {"min", "m"}, {"mins", "m"}, {"minute", "m"}, {"minutes", "m"},
      {"hr", "h"}, {"hrs", "h"}, {"hour", "h"}, {"hours", "h"}, {"day", "d"},
      {"days", "d"}, {"week", "w"}, {"weeks", "w"}, {"k", "KB"}, {"kib", "KiB"},
      {"mib", "MiB"}, {"gib", "GiB"}, {"tib", "TiB"}, {"G", "GiB"}, {"Gi", "GiB"},
      {"Mi", "MiB"}, {"Ti", "TiB"}, {"M", "MiB"}, {"T", "TiB"}};
  std::string lower;
  for (char c : suffix) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  for (const Alias& a : kAliases)
    if (a.spelled == suffix || a.spelled == lower) return a.unit;
  for (const UnitInfo& u : allUnits()) {
    std::string unit_lower;
    for (char c : u.suffix) unit_lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    if (unit_lower == lower) return u.suffix;
  }
  std::optional<std::string_view> best;
  size_t best_distance = 2;
  for (const UnitInfo& u : allUnits()) {
    size_t d = editDistance(suffix, u.suffix);
    if (d < best_distance) {
      best_distance = d;
      best = u.suffix;
    }
  }
  return best;
}

std::optional<char> decodeEscape(char c) {
  switch (c) {
    case 'n': return '\n';
    case 't': return '\t';
    case 'r': return '\r';
    case '\\': return '\\';
    case '"': return '"';
    case '$': return '$';
  }
  return std::nullopt;
}

}  // namespace migc
