// What every language feature works from: the document a request is about,
// the analysis of its program, the cursor as a byte offset, and conversion
// of compiler ranges (SourceRange, bytes) to LSP ranges and locations.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "lsp/analysis.h"
#include "lsp/documents.h"

namespace migc::lsp {

using json = nlohmann::json;

// JSON-RPC and LSP error codes.
namespace errors {
inline constexpr int kParseError = -32700;
inline constexpr int kInvalidRequest = -32600;
inline constexpr int kMethodNotFound = -32601;
inline constexpr int kInvalidParams = -32602;
inline constexpr int kInternalError = -32603;
inline constexpr int kServerNotInitialized = -32002;
inline constexpr int kRequestFailed = -32803;
}  // namespace errors

// A request the server answers with an error response.
struct RequestError {
  int code;
  std::string message;
};

struct Query {
  const Analysis& analysis;
  FileId file;          // the document's file in the analysis (valid unless it is not a .mig file of it)
  const Ast* ast;       // its AST, or null
  std::string_view text;
  std::string uri;
  uint32_t offset = 0;  // the request's position, when it has one
  Encoding encoding = Encoding::Utf16;

  json position(FileId f, uint32_t offset) const;
  json range(SourceRange r) const;
  json location(SourceRange r) const;  // {uri, range}
  std::string uriOf(FileId f) const { return f == file ? uri : analysis.uriOf(f); }
  std::string_view textOf(FileId f) const { return analysis.textOf(f); }
};

// The position of a byte offset in a file the SourceManager holds.
json positionIn(const SourceManager& sm, FileId file, uint32_t offset, Encoding enc);

// Parameters every position request carries.
uint32_t offsetOf(const Document& doc, const json& position, Encoding enc);

}  // namespace migc::lsp
