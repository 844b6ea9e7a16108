// model::emitYaml against yaml-cpp's Emitter, which wrote the CloudFormation
// and Pulumi YAML before it (the goldens were made by it): the same text,
// byte for byte, for the documents the printers build and for generated
// ones with tricky strings (controls, non-ASCII, malformed UTF-8, LS/PS,
// noncharacters, keys over yaml-cpp's 1,024-character simple-key limit),
// numbers, booleans, nulls and nesting. The reference below is the emitter
// migc used, kept here as the oracle.
#include "model/yaml_quote.h"
#include "test_stacks.h"

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <cmath>
#include <limits>
#include <optional>
#include <random>

namespace migc {
namespace {

using json = nlohmann::ordered_json;

// ---- the reference: yaml-cpp, as migc called it -------------------------------

void refValue(YAML::Emitter& out, const json& v);

void refString(YAML::Emitter& out, const std::string& s) {
  if (model::isPlainSafe(s)) {
    out << s;
    return;
  }
  if (model::needsEscapedNonAscii(s)) out << YAML::EscapeNonAscii;
  out << YAML::DoubleQuoted << s;
}

void refValue(YAML::Emitter& out, const json& v) {
  using T = json::value_t;
  switch (v.type()) {
    case T::null: out << YAML::Null; break;
    case T::boolean: out << (v.get<bool>() ? "true" : "false"); break;
    case T::number_integer: out << std::to_string(v.get<int64_t>()); break;
    case T::number_unsigned: out << std::to_string(v.get<uint64_t>()); break;
    case T::number_float: out << model::yamlNumber(v.get<double>()); break;
    case T::string: refString(out, v.get_ref<const std::string&>()); break;
    case T::array:
      if (v.empty()) { out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq; break; }
      out << YAML::BeginSeq;
      for (const auto& item : v) refValue(out, item);
      out << YAML::EndSeq;
      break;
    case T::object:
      if (v.empty()) { out << YAML::Flow << YAML::BeginMap << YAML::EndMap; break; }
      out << YAML::BeginMap;
      for (const auto& [key, item] : v.items()) {
        out << YAML::Key;
        refString(out, key);
        out << YAML::Value;
        refValue(out, item);
      }
      out << YAML::EndMap;
      break;
    default: out << YAML::Null; break;
  }
}

std::string reference(const json& doc) {
  YAML::Emitter out;
  out.SetIndent(2);
  out.SetOutputCharset(YAML::EmitNonAscii);
  refValue(out, doc);
  std::string text = out.c_str();
  if (text.empty() || text.back() != '\n') text += '\n';
  return text;
}

// ---- generated documents --------------------------------------------------------

// Pieces strings are made of: what decides a scalar's style or escaping.
const std::vector<std::string>& pieces() {
  static const std::vector<std::string> kPieces = {
      "a", "Z", "9", "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@",
      "`", "+", ".", "0", "<", "=", "~", "\\", " ", "  ", ": ", " #", "\t", "\n", "\r", "\b", "\f", "\v",
      std::string(1, '\0'), "\x1b", "\x7f", "yes", "null", "true", "1e3", "0x1F", "2026-01-01", "12:30",
      "caf\xc3\xa9",          // é
      "\xc2\x85",             // NEL
      "\xc2\xa0",             // NBSP
      "\xc3\xbf",             // U+00FF
      "\xe2\x80\xa8",         // LS
      "\xe2\x80\xa9",         // PS
      "\xef\xbb\xbf",         // BOM
      "\xef\xbf\xbd",         // U+FFFD written out
      "\xef\xbf\xbe",         // U+FFFE
      "\xef\xbf\xbf",         // U+FFFF
      "\xef\xb7\x90",         // U+FDD0
      "\xf0\x9f\x98\x80",     // U+1F600
      "\xf4\x8f\xbf\xbf",     // U+10FFFF (a noncharacter)
      "\xed\xa0\x80",         // a surrogate, encoded
      "\xc0\x80",             // overlong NUL
      "\xe0\x80\x80",         // overlong
      "\x80", "\xbf", "\xff", "\xf5\x80\x80\x80", "\xf8\x88\x80\x80\x80",
      "\xe2\x82",             // truncated
      "\xc3",                 // truncated at the end
  };
  return kPieces;
}

class Generator {
 public:
  explicit Generator(uint32_t seed) : rng_(seed) {}

  std::string string() {
    if (pick(8) == 0) return test::trickyStrings()[pick(test::trickyStrings().size())];
    std::string s;
    for (size_t n = pick(6); n > 0; --n) s += pieces()[pick(pieces().size())];
    return s;
  }

  std::string key() {
    if (pick(40) == 0) return std::string(1000 + pick(60), 'k') + string();  // around the 1,024 limit
    return string();
  }

  json scalar() {
    switch (pick(10)) {
      case 0: return nullptr;
      case 1: return pick(2) == 0;
      case 2: return static_cast<int64_t>(rng_()) - (int64_t{1} << 31);
      case 3: return std::numeric_limits<int64_t>::min();
      case 4: return std::numeric_limits<uint64_t>::max();
      case 5: {
        static const double kDoubles[] = {0.5, -0.0, 1e21, -1e-7, 3.0, 1e300, std::nan(""),
                                          std::numeric_limits<double>::infinity()};
        return kDoubles[pick(std::size(kDoubles))];
      }
      default: return string();
    }
  }

  json value(int depth) {
    if (depth == 0 || pick(3) == 0) return scalar();
    if (pick(2) == 0) {
      json a = json::array();
      for (size_t n = pick(4); n > 0; --n) a.push_back(value(depth - 1));
      return a;
    }
    json o = json::object();
    for (size_t n = pick(4); n > 0; --n) o[key()] = value(depth - 1);
    return o;
  }

 private:
  size_t pick(size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng_); }
  std::mt19937 rng_;
};

TEST(YamlEmit, SameAsYamlCppOnGeneratedDocuments) {
  for (uint32_t seed = 1; seed <= 4000; ++seed) {
    Generator g(seed);
    json doc = g.value(5);
    ASSERT_EQ(model::emitYaml(doc), reference(doc)) << "seed " << seed << ": " << doc.dump(-1, ' ', true,
                                                                                         json::error_handler_t::replace);
  }
}

TEST(YamlEmit, SameAsYamlCppOnEveryPieceAndTrickyString) {
  std::vector<std::string> all = test::trickyStrings();
  for (const auto& p : pieces()) all.push_back(p), all.push_back("x" + p + "x"), all.push_back(p + p);
  for (const auto& s : all) {
    json doc = {{s, s}, {"list", {s, {{s, json::array()}}, json::array({s})}}};
    ASSERT_EQ(model::emitYaml(doc), reference(doc)) << doc.dump(-1, ' ', true, json::error_handler_t::replace);
  }
  // Every single code point below U+0800, written as itself.
  for (uint32_t cp = 0; cp < 0x800; ++cp) {
    std::string s = cp < 0x80 ? std::string(1, static_cast<char>(cp))
                              : std::string{static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
    json doc = {{"k", s}, {s, "v"}};
    ASSERT_EQ(model::emitYaml(doc), reference(doc)) << "U+" << std::hex << cp;
  }
}

// isPlainSafe as it was written before it became one pass (the reference).
bool plainSafeReference(std::string_view s) {
  auto decode = [](std::string_view t, size_t& i) -> std::optional<uint32_t> {
    auto c = static_cast<unsigned char>(t[i]);
    if (c < 0x80) { ++i; return c; }
    int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (len == 0 || c >= 0xF5 || i + len > t.size()) return std::nullopt;
    uint32_t cp = c & (0xFF >> (len + 1));
    for (int k = 1; k < len; ++k) {
      auto cc = static_cast<unsigned char>(t[i + k]);
      if ((cc & 0xC0) != 0x80) return std::nullopt;
      cp = (cp << 6) | (cc & 0x3F);
    }
    i += len;
    return cp;
  };
  auto lower = [](std::string_view t) {
    std::string out(t);
    for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return out;
  };
  if (s.empty() || s.front() == ' ' || s.back() == ' ') return false;
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`+.0123456789<=~\\").find(s.front()) != std::string_view::npos) return false;
  for (auto w : {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "nan", "inf", "infinity"})
    if (lower(s) == w) return false;
  if (s.back() == ':' || s.find(": ") != std::string_view::npos || s.find(" #") != std::string_view::npos) return false;
  for (size_t i = 0; i < s.size();) {
    auto cp = decode(s, i);
    if (!cp || *cp < 0x20 || (*cp >= 0x7F && *cp <= 0xA0) || *cp == 0x2028 || *cp == 0x2029 || *cp == 0xFEFF ||
        *cp == 0xFFFE || *cp == 0xFFFF || (*cp >= 0xD800 && *cp <= 0xDFFF))
      return false;
  }
  return true;
}

TEST(YamlQuote, IsPlainSafeAsTheReference) {
  Generator g(7);
  for (int n = 0; n < 200000; ++n) {
    std::string s = g.string();
    ASSERT_EQ(model::isPlainSafe(s), plainSafeReference(s)) << json(s).dump(-1, ' ', true, json::error_handler_t::replace);
  }
}

TEST(YamlEmit, TopLevelScalarsAndEmptyContainers) {
  for (const json& doc : {json(nullptr), json("text"), json(1), json::array(), json::object(),
                          json::array({json::array({json::array()})}), json{{"a", json::object()}}})
    EXPECT_EQ(model::emitYaml(doc), reference(doc)) << doc.dump();
}

}  // namespace
}  // namespace migc
