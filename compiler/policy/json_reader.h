// A small JSON reader that keeps where every value was written, so that
// diagnostics about the project config (migc.json) and the policy packs
// point at file:line:col like any other diagnostic. nlohmann::json parses
// faster but forgets positions; config files are tiny.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diag/source_manager.h"

namespace migc::policy {

struct JsonNode {
  enum class Type : uint8_t { Null, Bool, Number, String, Array, Object };
  Type type = Type::Null;
  bool boolean = false;
  double number = 0;
  bool integral = false;  // written without fraction or exponent
  std::string text;       // String
  std::vector<JsonNode> items;  // Array
  // Object members in file order; `key_range` of each member is in `keys`.
  std::vector<std::pair<std::string, JsonNode>> members;
  std::vector<SourceRange> keys;
  SourceRange range;

  // Out of line, as ir::Value's: clang (with libstdc++) instantiates inline
  // special members before JsonNode is complete.
  JsonNode();
  JsonNode(const JsonNode&);
  JsonNode(JsonNode&&) noexcept;
  JsonNode& operator=(const JsonNode&);
  JsonNode& operator=(JsonNode&&) noexcept;
  ~JsonNode();

  const JsonNode* get(std::string_view key) const;
  SourceRange keyRange(std::string_view key) const;
  std::string_view typeName() const;  // "a string", "an object", ...
};

struct JsonError {
  std::string message;
  SourceRange range;
};

// Parses the whole text of `file`; on a syntax error returns nullopt and
// fills `error` with the first problem and where it is.
std::optional<JsonNode> parseJson(std::string_view text, FileId file, JsonError& error);

}  // namespace migc::policy
