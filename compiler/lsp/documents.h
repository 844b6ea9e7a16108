// The documents the editor has open: their text as the editor has it (which
// may differ from the disk), versions, and conversion between LSP positions
// (line, character in UTF-16 code units or UTF-8 bytes, as negotiated) and
// byte offsets.
#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace migc::lsp {

using json = nlohmann::json;

enum class Encoding { Utf16, Utf8 };

// Line starts of a text, for offset <-> position conversion.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  // An LSP position -> byte offset; positions past a line's end clamp to it,
  // lines past the end clamp to the end of the text.
  uint32_t offset(std::string_view text, uint32_t line, uint32_t character, Encoding enc) const;
  json position(std::string_view text, uint32_t offset, Encoding enc) const;
  json range(std::string_view text, uint32_t begin, uint32_t end, Encoding enc) const;
  uint32_t lineOf(uint32_t offset) const;
  uint32_t lineStart(uint32_t line) const { return starts_[std::min<size_t>(line, starts_.size() - 1)]; }
  size_t lineCount() const { return starts_.size(); }

 private:
  std::vector<uint32_t> starts_;
};

struct Document {
  std::string uri;
  std::string path;  // the file system path the uri names (empty for other schemes)
  std::string text;
  int64_t version = 0;
  LineIndex lines{""};
};

// file:///a%20b/c.mig <-> /a b/c.mig. Empty when the uri is not a file uri.
std::string uriToPath(std::string_view uri);
std::string pathToUri(std::string_view path);

class DocumentStore {
 public:
  Document& open(std::string uri, std::string text, int64_t version);
  // Applies TextDocumentContentChangeEvents in order (ranged or full).
  // False when the document is not open or a change is malformed.
  bool change(const std::string& uri, const json& changes, int64_t version, Encoding enc);
  void close(const std::string& uri);
  const Document* find(const std::string& uri) const;
  const Document* findByPath(const std::string& path) const;
  const std::map<std::string, Document>& all() const { return docs_; }

 private:
  std::map<std::string, Document> docs_;
};

}  // namespace migc::lsp
