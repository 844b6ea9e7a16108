#include "model/yaml_quote.h"

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <optional>

namespace migc::model {
namespace {

// Decodes one UTF-8 sequence at s[i]; nullopt for malformed input (which is
// then never written plain).
std::optional<uint32_t> decodeUtf8(std::string_view s, size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { ++i; return c; }
  int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (len == 0 || c >= 0xF5 || i + len > s.size()) return std::nullopt;
  uint32_t cp = c & (0xFF >> (len + 1));
  for (int k = 1; k < len; ++k) {
    auto cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return std::nullopt;
    cp = (cp << 6) | (cc & 0x3F);
  }
  i += len;
  return cp;
}

// Characters some reader treats as a line break or strips (NEL, LS, PS, BOM)
// or that are control characters; C1 controls and NBSP included.
bool isRiskyCodePoint(uint32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0xA0) || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF ||
         cp == 0xFFFE || cp == 0xFFFF || (cp >= 0xD800 && cp <= 0xDFFF);
}

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

}  // namespace

bool isPlainSafe(std::string_view s) {
  if (s.empty()) return false;
  if (s.front() == ' ' || s.back() == ' ' || s.back() == ':') return false;
  // Indicators, and anything a resolver could take for a number, date, time
  // or sexagesimal: all of those start with a digit, a sign or a dot.
  static constexpr std::string_view kBadFirst = "-?:,[]{}#&*!|>'\"%@`+.0123456789<=~\\";
  if (kBadFirst.find(s.front()) != std::string_view::npos) return false;
  static constexpr std::array<std::string_view, 12> kWords = {
      "y", "n", "yes", "no", "on", "off", "true", "false", "null", "nan", "inf", "infinity"};
  if (s.size() <= 8)  // the longest word
    for (auto w : kWords)
      if (equalsIgnoreCase(s, w)) return false;
  // One pass (every scalar of a template goes through here): no ": " or
  // " #", no control character, and no risky or malformed code point.
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c < 0x20 || c == 0x7F) return false;
      if (i + 1 < s.size() && ((c == ':' && s[i + 1] == ' ') || (c == ' ' && s[i + 1] == '#'))) return false;
      ++i;
      continue;
    }
    auto cp = decodeUtf8(s, i);
    if (!cp || isRiskyCodePoint(*cp)) return false;
  }
  return true;
}

bool needsEscapedNonAscii(std::string_view s) {
  // LS and PS would be written raw inside double quotes, where a reader folds them.
  for (size_t i = 0; i < s.size();) {
    auto cp = decodeUtf8(s, i);
    if (!cp) return true;
    // DEL too: it would be written raw, and YAML 1.2 forbids it in a document.
    if (*cp == 0x2028 || *cp == 0x2029 || *cp == 0x7F) return true;
  }
  return false;
}

std::string formatNumber(double v) {
  if (!std::isfinite(v)) return "null";
  if (v == 0) return "0";  // also turns -0 into 0
  std::array<char, 64> buf{};
  auto res = std::to_chars(buf.data(), buf.data() + buf.size(), v);
  return std::string(buf.data(), res.ptr);
}

std::string yamlNumber(double v) {
  std::string t = formatNumber(v);
  auto e = t.find_first_of("eE");
  if (e != std::string::npos && t.find('.') == std::string::npos) t.insert(e, ".0");
  return t;
}

std::string escapeControls(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    size_t at = i;
    auto cp = decodeUtf8(text, i);
    if (!cp) {
      out += fmt::format("\\x{:02X}", static_cast<unsigned char>(text[at]));
      i = at + 1;
    } else if (*cp != '\t' && isRiskyCodePoint(*cp)) {
      out += fmt::format("\\u{:04X}", *cp);
    } else {
      out.append(text.substr(at, i - at));
    }
  }
  return out;
}

std::string commentLines(std::string_view text, std::string_view marker) {
  std::string out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out += marker;
    // Any other line break (a lone CR, NEL, LS, PS) would end the comment
    // for some reader and let the rest of the line become YAML.
    if (!line.empty()) out.append(" ").append(escapeControls(line));
    out += '\n';
    start = end + 1;
  }
  return out;
}

}  // namespace migc::model
