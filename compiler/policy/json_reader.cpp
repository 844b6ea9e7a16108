#include "policy/json_reader.h"

#include <fmt/format.h>

#include <cstdlib>

namespace migc::policy {

JsonNode::JsonNode() = default;
JsonNode::JsonNode(const JsonNode&) = default;
JsonNode::JsonNode(JsonNode&&) noexcept = default;
JsonNode& JsonNode::operator=(const JsonNode&) = default;
JsonNode& JsonNode::operator=(JsonNode&&) noexcept = default;
JsonNode::~JsonNode() = default;

const JsonNode* JsonNode::get(std::string_view key) const {
  for (const auto& [k, v] : members)
    if (k == key) return &v;
  return nullptr;
}

SourceRange JsonNode::keyRange(std::string_view key) const {
  for (size_t i = 0; i < members.size(); ++i)
    if (members[i].first == key) return keys[i];
  return range;
}

std::string_view JsonNode::typeName() const {
  switch (type) {
    case Type::Null: return "null";
    case Type::Bool: return "a boolean";
    case Type::Number: return "a number";
    case Type::String: return "a string";
    case Type::Array: return "an array";
    case Type::Object: return "an object";
  }
  return "a value";
}

namespace {

constexpr int kMaxDepth = 64;  // configs are shallow; this bounds the recursion

class Parser {
 public:
  Parser(std::string_view text, FileId file, JsonError& error) : s_(text), file_(file), error_(error) {}

  std::optional<JsonNode> document() {
    skipSpace();
    JsonNode root;
    if (!value(root, 0)) return std::nullopt;
    skipSpace();
    if (pos_ < s_.size()) {
      fail(pos_, pos_ + 1, "unexpected text after the JSON value");
      return std::nullopt;
    }
    return root;
  }

 private:
  bool fail(size_t begin, size_t end, std::string message) {
    if (error_.message.empty()) {
      end = std::min(std::max(end, begin), s_.size());
      error_ = {std::move(message), SourceRange{file_, uint32_t(begin), uint32_t(end)}};
    }
    return false;
  }

  void skipSpace() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) ++pos_;
  }

  std::string describe(size_t at) const {
    if (at >= s_.size()) return "end of file";
    return fmt::format("'{}'", s_[at]);
  }

  bool value(JsonNode& out, int depth) {
    if (depth > kMaxDepth) return fail(pos_, pos_ + 1, "nested too deeply");
    size_t begin = pos_;
    if (pos_ >= s_.size()) return fail(pos_, pos_, "expected a value, found end of file");
    char c = s_[pos_];
    bool ok = true;
    if (c == '{') ok = object(out, depth);
    else if (c == '[') ok = array(out, depth);
    else if (c == '"') { out.type = JsonNode::Type::String; ok = string(out.text); }
    else if (c == '-' || (c >= '0' && c <= '9')) ok = number(out);
    else if (word("true")) { out.type = JsonNode::Type::Bool; out.boolean = true; }
    else if (word("false")) { out.type = JsonNode::Type::Bool; }
    else if (word("null")) { out.type = JsonNode::Type::Null; }
    else return fail(pos_, pos_ + 1, fmt::format("expected a value, found {}", describe(pos_)));
    out.range = SourceRange{file_, uint32_t(begin), uint32_t(pos_)};
    return ok;
  }

  bool word(std::string_view w) {
    if (s_.substr(pos_, w.size()) != w) return false;
    pos_ += w.size();
    return true;
  }

  bool object(JsonNode& out, int depth) {
    out.type = JsonNode::Type::Object;
    size_t open = pos_++;
    skipSpace();
    if (pos_ < s_.size() && s_[pos_] == '}') { ++pos_; return true; }
    for (;;) {
      skipSpace();
      if (pos_ >= s_.size()) return fail(open, open + 1, "this '{' is never closed");
      if (s_[pos_] != '"') return fail(pos_, pos_ + 1, fmt::format("expected a member name in double quotes, found {}", describe(pos_)));
      size_t key_begin = pos_;
      std::string key;
      if (!string(key)) return false;
      SourceRange key_range{file_, uint32_t(key_begin), uint32_t(pos_)};
      if (out.get(key)) return fail(key_begin, pos_, fmt::format("duplicate member \"{}\"", key));
      skipSpace();
      if (pos_ >= s_.size() || s_[pos_] != ':') return fail(pos_, pos_ + 1, fmt::format("expected ':' after the member name, found {}", describe(pos_)));
      ++pos_;
      skipSpace();
      JsonNode member;
      if (!value(member, depth + 1)) return false;
      out.members.emplace_back(std::move(key), std::move(member));
      out.keys.push_back(key_range);
      skipSpace();
      if (pos_ < s_.size() && s_[pos_] == ',') { ++pos_; continue; }
      if (pos_ < s_.size() && s_[pos_] == '}') { ++pos_; return true; }
      if (pos_ >= s_.size()) return fail(open, open + 1, "this '{' is never closed");
      return fail(pos_, pos_ + 1, fmt::format("expected ',' or '}}', found {}", describe(pos_)));
    }
  }

  bool array(JsonNode& out, int depth) {
    out.type = JsonNode::Type::Array;
    size_t open = pos_++;
    skipSpace();
    if (pos_ < s_.size() && s_[pos_] == ']') { ++pos_; return true; }
    for (;;) {
      skipSpace();
      JsonNode item;
      if (!value(item, depth + 1)) return false;
      out.items.push_back(std::move(item));
      skipSpace();
      if (pos_ < s_.size() && s_[pos_] == ',') { ++pos_; continue; }
      if (pos_ < s_.size() && s_[pos_] == ']') { ++pos_; return true; }
      if (pos_ >= s_.size()) return fail(open, open + 1, "this '[' is never closed");
      return fail(pos_, pos_ + 1, fmt::format("expected ',' or ']', found {}", describe(pos_)));
    }
  }

  bool string(std::string& out) {
    size_t open = pos_++;
    for (;;) {
      if (pos_ >= s_.size() || s_[pos_] == '\n') return fail(open, pos_, "unterminated string");
      char c = s_[pos_++];
      if (c == '"') return true;
      if (static_cast<unsigned char>(c) < 0x20) return fail(pos_ - 1, pos_, "control character in a string");
      if (c != '\\') { out.push_back(c); continue; }
      if (pos_ >= s_.size()) return fail(open, pos_, "unterminated string");
      char e = s_[pos_++];
      switch (e) {
        case '"': out.push_back('"'); break;
        case '\\': out.push_back('\\'); break;
        case '/': out.push_back('/'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'u': {
          if (pos_ + 4 > s_.size()) return fail(pos_ - 2, pos_, "incomplete \\u escape");
          unsigned cp = 0;
          for (int i = 0; i < 4; ++i) {
            char h = s_[pos_++];
            cp <<= 4;
            if (h >= '0' && h <= '9') cp |= unsigned(h - '0');
            else if (h >= 'a' && h <= 'f') cp |= unsigned(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F') cp |= unsigned(h - 'A' + 10);
            else return fail(pos_ - 1, pos_, "invalid hex digit in \\u escape");
          }
          // Configs name rules and tags; surrogate pairs are kept as written.
          if (cp < 0x80) out.push_back(char(cp));
          else if (cp < 0x800) { out.push_back(char(0xC0 | (cp >> 6))); out.push_back(char(0x80 | (cp & 0x3F))); }
          else { out.push_back(char(0xE0 | (cp >> 12))); out.push_back(char(0x80 | ((cp >> 6) & 0x3F))); out.push_back(char(0x80 | (cp & 0x3F))); }
          break;
        }
        default: return fail(pos_ - 2, pos_, fmt::format("invalid escape '\\{}'", e));
      }
    }
  }

  bool number(JsonNode& out) {
    size_t begin = pos_;
    out.type = JsonNode::Type::Number;
    out.integral = true;
    if (s_[pos_] == '-') ++pos_;
    auto digits = [&] { size_t d = pos_; while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_; return pos_ > d; };
    if (!digits()) return fail(begin, pos_ + 1, "invalid number");
    if (pos_ < s_.size() && s_[pos_] == '.') { ++pos_; out.integral = false; if (!digits()) return fail(begin, pos_, "invalid number"); }
    if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
      ++pos_; out.integral = false;
      if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) ++pos_;
      if (!digits()) return fail(begin, pos_, "invalid number");
    }
    out.number = std::strtod(std::string(s_.substr(begin, pos_ - begin)).c_str(), nullptr);
    return true;
  }

  std::string_view s_;
  FileId file_;
  JsonError& error_;
  size_t pos_ = 0;
};

}  // namespace

std::optional<JsonNode> parseJson(std::string_view text, FileId file, JsonError& error) {
  return Parser(text, file, error).document();
}

}  // namespace migc::policy
