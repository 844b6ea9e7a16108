#include "syntax/utf8_stream.h"

#include <algorithm>

#include "syntax/utf8_decode.h"

namespace migc {

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
      size_t len = decodeUtf8(text, i, cp);
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
