// One UTF-8 decoder for both front ends: Utf8Stream (the ANTLR input) and
// the fast lexer must agree on which byte sequences are malformed, or the
// fast path could accept a file the ANTLR path reports.
#pragma once

#include <cstddef>
#include <string_view>

namespace migc {

// Length of the valid UTF-8 sequence starting at s[i] and its code point, or
// 0 when the sequence is malformed (overlong, surrogate, truncated, > U+10FFFF).
inline size_t decodeUtf8(std::string_view s, size_t i, char32_t& cp) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || i + len > s.size()) return 0;
  if (len == 1) {
    cp = c;
    return 1;
  }
  cp = c & (0x7F >> len);
  for (size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

}  // namespace migc
