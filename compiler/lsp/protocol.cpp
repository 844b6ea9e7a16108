#include "lsp/protocol.h"

namespace migc::lsp {

json positionIn(const SourceManager& sm, FileId file, uint32_t offset, Encoding enc) {
  std::string_view text = sm.text(file);
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text.size()));
  LineCol lc = sm.lineCol(file, offset);
  std::string_view line = sm.lineText(file, lc.line);
  std::string_view before = line.substr(0, std::min<size_t>(lc.column - 1, line.size()));
  uint32_t character = 0;
  if (enc == Encoding::Utf8) {
    character = static_cast<uint32_t>(lc.column - 1);
  } else {
    for (size_t i = 0; i < before.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(before[i]);
      if ((c & 0xC0) == 0x80) continue;      // continuation byte
      character += (c >> 3) == 0x1E ? 2 : 1;  // 4-byte sequences are surrogate pairs
    }
  }
  return {{"line", lc.line - 1}, {"character", character}};
}

json Query::position(FileId f, uint32_t off) const { return positionIn(analysis.ws.sources, f, off, encoding); }

json Query::range(SourceRange r) const {
  return {{"start", position(r.file, r.begin)}, {"end", position(r.file, std::max(r.begin, r.end))}};
}

json Query::location(SourceRange r) const { return {{"uri", uriOf(r.file)}, {"range", range(r)}}; }

uint32_t offsetOf(const Document& doc, const json& position, Encoding enc) {
  if (!position.is_object()) throw RequestError{errors::kInvalidParams, "a position is required"};
  auto number = [&](const char* key) -> uint32_t {
    const json& v = position.contains(key) ? position[key] : json();
    if (!v.is_number_unsigned() && !v.is_number_integer()) throw RequestError{errors::kInvalidParams, "a position needs line and character"};
    int64_t n = v.get<int64_t>();
    return n < 0 ? 0 : static_cast<uint32_t>(std::min<int64_t>(n, UINT32_MAX));
  };
  return doc.lines.offset(doc.text, number("line"), number("character"), enc);
}

}  // namespace migc::lsp
