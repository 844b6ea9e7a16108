#include "lsp/documents.h"

#include <algorithm>
#include <filesystem>

namespace migc::lsp {
namespace {

// Length in the encoding's units of the UTF-8 sequence starting with `lead`.
uint32_t sequenceLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;  // a stray continuation or invalid byte counts as one
}

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

LineIndex::LineIndex(std::string_view text) {
  starts_.push_back(0);
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') starts_.push_back(static_cast<uint32_t>(i + 1));
}

uint32_t LineIndex::lineOf(uint32_t offset) const {
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  return static_cast<uint32_t>(it - starts_.begin() - 1);
}

uint32_t LineIndex::offset(std::string_view text, uint32_t line, uint32_t character, Encoding enc) const {
  if (line >= starts_.size()) return static_cast<uint32_t>(text.size());
  uint32_t at = starts_[line];
  uint32_t end = line + 1 < starts_.size() ? starts_[line + 1] - 1 : static_cast<uint32_t>(text.size());
  if (end > at && text[end - 1] == '\r') --end;
  uint32_t units = 0;
  while (at < end && units < character) {
    uint32_t len = std::min(sequenceLength(static_cast<unsigned char>(text[at])), end - at);
    uint32_t width = enc == Encoding::Utf8 ? len : (len == 4 ? 2 : 1);
    if (units + width > character) break;  // inside a surrogate pair: stay before it
    units += width;
    at += len;
  }
  return at;
}

json LineIndex::position(std::string_view text, uint32_t offset, Encoding enc) const {
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text.size()));
  uint32_t line = lineOf(offset);
  uint32_t character = 0;
  for (uint32_t at = starts_[line]; at < offset;) {
    uint32_t len = sequenceLength(static_cast<unsigned char>(text[at]));
    character += enc == Encoding::Utf8 ? std::min(len, offset - at) : (len == 4 ? 2 : 1);
    at += len;
  }
  return {{"line", line}, {"character", character}};
}

json LineIndex::range(std::string_view text, uint32_t begin, uint32_t end, Encoding enc) const {
  return {{"start", position(text, begin, enc)}, {"end", position(text, std::max(begin, end), enc)}};
}

std::string uriToPath(std::string_view uri) {
  constexpr std::string_view kScheme = "file://";
  if (!uri.starts_with(kScheme)) return {};
  uri.remove_prefix(kScheme.size());
  // file://host/path: only the local host (empty or localhost) is a path here.
  size_t slash = uri.find('/');
  if (slash == std::string_view::npos) return {};
  std::string_view host = uri.substr(0, slash);
  if (!host.empty() && host != "localhost") return {};
  uri.remove_prefix(slash);
  std::string out;
  for (size_t i = 0; i < uri.size(); ++i) {
    if (uri[i] == '%' && i + 2 < uri.size() + 0 && hexValue(uri[i + 1]) >= 0 && hexValue(uri[i + 2]) >= 0) {
      out.push_back(static_cast<char>(hexValue(uri[i + 1]) * 16 + hexValue(uri[i + 2])));
      i += 2;
    } else {
      out.push_back(uri[i]);
    }
  }
  return std::filesystem::path(out).lexically_normal().string();
}

std::string pathToUri(std::string_view path) {
  std::string abs = std::filesystem::absolute(std::filesystem::path(path)).lexically_normal().string();
  std::string out = "file://";
  static const char* kHex = "0123456789ABCDEF";
  for (unsigned char c : abs) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

Document& DocumentStore::open(std::string uri, std::string text, int64_t version) {
  Document& d = docs_[uri];
  d.uri = uri;
  d.path = uriToPath(uri);
  d.text = std::move(text);
  d.version = version;
  d.lines = LineIndex(d.text);
  return d;
}

bool DocumentStore::change(const std::string& uri, const json& changes, int64_t version, Encoding enc) {
  auto it = docs_.find(uri);
  if (it == docs_.end() || !changes.is_array()) return false;
  Document& d = it->second;
  for (const json& c : changes) {
    if (!c.is_object() || !c.contains("text") || !c["text"].is_string()) return false;
    const std::string& text = c["text"].get_ref<const std::string&>();
    if (!c.contains("range")) {
      d.text = text;
    } else {
      const json& r = c["range"];
      auto pos = [&](const json& p) {
        return d.lines.offset(d.text, p.value("line", 0u), p.value("character", 0u), enc);
      };
      if (!r.is_object() || !r.contains("start") || !r.contains("end")) return false;
      uint32_t begin = pos(r["start"]), end = pos(r["end"]);
      if (end < begin) std::swap(begin, end);
      d.text.replace(begin, end - begin, text);
    }
    d.lines = LineIndex(d.text);
  }
  d.version = version;
  return true;
}

void DocumentStore::close(const std::string& uri) { docs_.erase(uri); }

const Document* DocumentStore::find(const std::string& uri) const {
  auto it = docs_.find(uri);
  return it == docs_.end() ? nullptr : &it->second;
}

const Document* DocumentStore::findByPath(const std::string& path) const {
  for (const auto& [uri, d] : docs_)
    if (d.path == path) return &d;
  return nullptr;
}

}  // namespace migc::lsp
