// emitYaml: block-style YAML written directly. The style of each scalar is
// decided once, by isPlainSafe (yaml_quote.cpp); the layout is the one
// yaml-cpp 0.7's Emitter gives with an indent of 2, byte for byte, which
// the goldens and tests/unit/yaml_emit_test.cpp (against yaml-cpp itself)
// hold it to. yaml-cpp's Emitter re-decided every scalar's style with regex
// matchers: 58% of the CPU of a small build.
#include "model/yaml_quote.h"

#include <cstdint>
#include <string>

namespace migc::model {
namespace {

using json = nlohmann::ordered_json;

// yaml-cpp writes a key longer than this as an explicit ("? ") key.
constexpr size_t kMaxSimpleKey = 1024;

constexpr uint32_t kReplacement = 0xFFFD;

// The next code point of `s` at `i`, as yaml-cpp decodes UTF-8: a malformed
// sequence, a surrogate, a code point above U+10FFFF or a noncharacter
// (U+xxFFFE/F, U+FDD0-FDEF) becomes U+FFFD; a bad lead byte takes one byte,
// a truncated sequence the bytes up to the first that does not continue it.
uint32_t nextCodePoint(std::string_view s, size_t& i) {
  auto lead = static_cast<unsigned char>(s[i]);
  int n = lead < 0x80 ? 1 : (lead >> 4) == 0xC || (lead >> 4) == 0xD ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 4) == 0xF ? 4 : -1;
  if (n < 1) {
    ++i;
    return kReplacement;
  }
  if (n == 1) return s[i++];
  uint32_t cp = lead & ~(0xFFu << (7 - n));
  ++i;
  for (--n; n > 0; ++i, --n) {
    if (i == s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      cp = kReplacement;
      break;
    }
    cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  }
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || (cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF))
    cp = kReplacement;
  return cp;
}

void appendUtf8(std::string& out, uint32_t cp) {
  if (cp <= 0x7F) {
    out += static_cast<char>(cp);
  } else if (cp <= 0x7FF) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp <= 0xFFFF) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

void appendEscape(std::string& out, uint32_t cp) {
  static constexpr char kHex[] = "0123456789abcdef";
  int digits = cp < 0xFF ? 2 : cp < 0xFFFF ? 4 : 8;
  out += '\\';
  out += digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
  for (int d = digits - 1; d >= 0; --d) out += kHex[(cp >> (4 * d)) & 0xF];
}

void appendDoubleQuoted(std::string& out, std::string_view s) {
  bool escape_non_ascii = needsEscapedNonAscii(s);
  out += '"';
  for (size_t i = 0; i < s.size();) {
    uint32_t cp = nextCodePoint(s, i);
    switch (cp) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (cp < 0x20 || (cp >= 0x80 && cp <= 0xA0) || cp == 0xFEFF || (escape_non_ascii && cp > 0x7E))
          appendEscape(out, cp);
        else
          appendUtf8(out, cp);
    }
  }
  out += '"';
}

void appendString(std::string& out, std::string_view s) {
  if (isPlainSafe(s))
    out += s;
  else
    appendDoubleQuoted(out, s);
}

bool isBlock(const json& v) { return (v.is_object() || v.is_array()) && !v.empty(); }

class Writer {
 public:
  std::string text;

  // A node at `indent`. `inline_first`: the cursor is already on the
  // node's first line (after "- "), so its first entry takes no indent.
  void node(const json& v, size_t indent, bool inline_first) {
    if (v.is_object() && !v.empty())
      map(v, indent, inline_first);
    else if (v.is_array() && !v.empty())
      seq(v, indent, inline_first);
    else
      scalar(v), text += '\n';
  }

 private:
  void pad(size_t n) { text.append(n, ' '); }

  void scalar(const json& v) {
    using T = json::value_t;
    switch (v.type()) {
      case T::boolean: text += v.get<bool>() ? "true" : "false"; break;
      case T::number_integer: text += std::to_string(v.get<int64_t>()); break;
      case T::number_unsigned: text += std::to_string(v.get<uint64_t>()); break;
      case T::number_float: {
        std::string n = yamlNumber(v.get<double>());
        // A non-finite number is "null" text, which yaml-cpp quotes.
        if (n == "null") n = "\"null\"";
        text += n;
        break;
      }
      case T::string: appendString(text, v.get_ref<const std::string&>()); break;
      case T::array: text += "[]"; break;
      case T::object: text += "{}"; break;
      default: text += '~'; break;  // null (binary and discarded never occur here)
    }
  }

  void seq(const json& v, size_t indent, bool inline_first) {
    bool first = true;
    for (const json& item : v) {
      if (!(first && inline_first)) pad(indent);
      first = false;
      if (item.is_array() && !item.empty()) {
        text += "-\n";  // a sequence in a sequence starts on the next line
        node(item, indent + 2, false);
      } else {
        text += "- ";
        node(item, indent + 2, true);
      }
    }
  }

  void map(const json& v, size_t indent, bool inline_first) {
    bool first = true;
    for (const auto& [key, value] : v.items()) {
      if (!(first && inline_first)) pad(indent);
      first = false;
      if (key.size() > kMaxSimpleKey) {
        longEntry(key, value, indent);
        continue;
      }
      appendString(text, key);
      text += ':';
      if (isBlock(value)) {
        text += '\n';
        node(value, indent + 2, false);
      } else {
        text += ' ';
        node(value, indent + 2, false);
      }
    }
  }

  // yaml-cpp's explicit key: "? key" on one line, ": value" on the next.
  void longEntry(const std::string& key, const json& value, size_t indent) {
    text += "? ";
    appendString(text, key);
    text += '\n';
    pad(indent);
    text += ": ";
    node(value, indent + 2, true);
  }
};

}  // namespace

void emitYaml(const nlohmann::ordered_json& doc, std::string& out) {
  Writer w{std::move(out)};
  w.node(doc, 0, false);
  out = std::move(w.text);
}

std::string emitYaml(const nlohmann::ordered_json& doc) {
  std::string out;
  emitYaml(doc, out);
  return out;
}

}  // namespace migc::model
