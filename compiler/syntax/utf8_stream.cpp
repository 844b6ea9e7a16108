#include "syntax/utf8_stream.h"

#include <algorithm>

namespace migc {
namespace {

// Length of the valid UTF-8 sequence starting at s[i] and its code point, or
// 0 when the sequence is malformed (overlong, surrogate, truncated, > U+10FFFF).
size_t decode(std::string_view s, size_t i, char32_t& cp) {
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

}  // namespace

Utf8Stream::Utf8Stream(std::string_view text, FileId file, DiagnosticSink& diags) {
  ascii_ = std::all_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  _data.clear();
  _data.reserve(text.size());
  if (ascii_) {
    for (char c : text) _data.push_back(static_cast<char32_t>(c));
  } else {
    byte_of_cp_.reserve(text.size() + 1);
    for (size_t i = 0; i < text.size();) {
      char32_t cp = 0;
      size_t len = decode(text, i, cp);
      byte_of_cp_.push_back(static_cast<uint32_t>(i));
      if (len == 0) {
        uint32_t at = static_cast<uint32_t>(i);
        diags.report(DiagKind::InvalidUtf8, SourceRange{file, at, at + 1},
                     static_cast<unsigned>(static_cast<unsigned char>(text[i])));
        invalid_bytes_.push_back(at);
        cp = 0xFFFD;
        len = 1;
      }
      _data.push_back(cp);
      i += len;
    }
    byte_of_cp_.push_back(static_cast<uint32_t>(text.size()));
  }
  p = 0;
}

bool Utf8Stream::wasInvalidAt(uint32_t byte) const {
  return std::binary_search(invalid_bytes_.begin(), invalid_bytes_.end(), byte);
}

}  // namespace migc
