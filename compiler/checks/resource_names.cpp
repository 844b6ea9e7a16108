// The identifier rules of resource_names.json applied to names (see the header).
#include "checks/resource_names.h"

#include <fmt/format.h>

#include <bitset>
#include <cctype>

namespace migc::checks {
namespace {

// A class body as the table writes it: ranges a-z, A-Z, 0-9 and literal
// characters, a literal '-' last.
CharSet parseCharset(std::string_view body) {
  CharSet set;
  for (size_t i = 0; i < body.size(); ++i) {
    auto c = static_cast<unsigned char>(body[i]);
    if (i + 2 < body.size() && body[i + 1] == '-') {
      for (unsigned x = c; x <= static_cast<unsigned char>(body[i + 2]); ++x) set.set(x);
      i += 2;
    } else {
      set.set(c);
    }
  }
  return set;
}

bool isLetter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool isAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
bool isLowerAlnum(char c) { return std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)); }

bool fits(std::string_view kind, char c) {
  if (kind == "letter") return isLetter(c);
  if (kind == "alnum") return isAlnum(c);
  if (kind == "lower_alnum") return isLowerAlnum(c);
  return true;
}

std::string_view describe(std::string_view kind) {
  if (kind == "letter") return "a letter";
  if (kind == "alnum") return "a letter or digit";
  return "a lowercase letter or digit";
}

// How the allowed characters read in a message: "letters, digits and '-'".
std::string charsetInWords(std::string_view body) {
  std::vector<std::string> parts;
  std::string literal;
  for (size_t i = 0; i < body.size(); ++i) {
    if (i + 2 < body.size() && body[i + 1] == '-') {
      std::string_view range = body.substr(i, 3);
      parts.push_back(range == "A-Z" ? "uppercase letters" : range == "a-z" ? "lowercase letters"
                      : range == "0-9" ? "digits" : fmt::format("{}", range));
      i += 2;
    } else {
      literal += body[i];
    }
  }
  if (parts.size() >= 2 && parts[0] == "uppercase letters" && parts[1] == "lowercase letters")
    parts.erase(parts.begin(), parts.begin() + 2), parts.insert(parts.begin(), "letters");
  for (char c : literal) parts.push_back(c == ' ' ? "spaces" : fmt::format("'{}'", c));
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i)
    out += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
  return out;
}

// The checks that hold for every literal piece wherever it stands.
std::optional<NameViolation> checkCharacters(const NameRule& rule, std::string_view text) {
  if (!rule.charset.empty()) {
    CharSet allowed = parseCharset(rule.charset);
    for (char c : text)
      if (!allowed.test(static_cast<unsigned char>(c))) {
        if (std::isupper(static_cast<unsigned char>(c)) && allowed.test(static_cast<unsigned char>(std::tolower(c))))
          return NameViolation{"has uppercase letters"};
        return NameViolation{fmt::format("has '{}': only {} are allowed", c, charsetInWords(rule.charset))};
      }
  }
  if (rule.no_double_hyphen && text.find("--") != std::string_view::npos)
    return NameViolation{"has two hyphens in a row"};
  for (const std::string& bad : rule.forbidden_substrings)
    if (text.find(bad) != std::string_view::npos) return NameViolation{fmt::format("contains '{}'", bad)};
  return std::nullopt;
}

std::optional<NameViolation> checkLength(const NameRule& rule, size_t length, bool complete, bool has_params) {
  if (rule.max_length > 0 && length > static_cast<size_t>(rule.max_length))
    return NameViolation{fmt::format("is {} characters long{}; at most {} are allowed", length,
                                     has_params ? " without its params" : "", rule.max_length)};
  if (complete && length < static_cast<size_t>(rule.min_length))
    return NameViolation{fmt::format("is {} characters long; at least {} are needed", length, rule.min_length)};
  return std::nullopt;
}

}  // namespace

const NameRule* nameRule(const StdlibData& data, std::string_view cfn_type, std::string_view cfn_property) {
  auto it = data.name_rules.find(fmt::format("{}.{}", cfn_type, cfn_property));
  return it == data.name_rules.end() ? nullptr : &it->second;
}

const NameRule* nameRuleForTerraform(const StdlibData& data, std::string_view tf_type, std::string_view argument) {
  for (const auto& [key, rule] : data.name_rules)
    for (const auto& [type, arg] : rule.terraform)
      if (type == tf_type && arg == argument) return &rule;
  return nullptr;
}

std::optional<NameViolation> checkName(const NameRule& rule, std::string_view value) {
  return checkNameWorstCase(rule, {NamePart{std::string(value)}});
}

std::optional<NameViolation> checkName(const StdlibData& data, std::string_view cfn_type,
                                       std::string_view cfn_property, std::string_view value) {
  const NameRule* rule = nameRule(data, cfn_type, cfn_property);
  return rule ? checkName(*rule, value) : std::nullopt;
}

std::optional<NameViolation> checkNameWorstCase(const NameRule& rule, const std::vector<NamePart>& parts) {
  std::string known;  // every literal character, in order
  size_t longest = 0;
  bool complete = true, has_params = false;
  for (const NamePart& p : parts) {
    if (p.param) {
      has_params = true;
      if (p.max_length < 0) complete = false;
      else longest += static_cast<size_t>(p.max_length);
      continue;
    }
    if (auto v = checkCharacters(rule, p.text)) return v;
    known += p.text;
  }
  std::string_view first = parts.empty() || parts.front().param ? std::string_view() : parts.front().text;
  std::string_view last = parts.empty() || parts.back().param ? std::string_view() : parts.back().text;
  if (!rule.first.empty() && !first.empty() && !fits(rule.first, first.front()))
    return NameViolation{fmt::format("must start with {}", describe(rule.first))};
  if (!rule.last.empty() && !last.empty() && !fits(rule.last, last.back()))
    return NameViolation{fmt::format("must end with {}", describe(rule.last))};
  if (!first.empty())
    for (const std::string& prefix : rule.reserved_prefixes)
      if (first.starts_with(prefix))
        return NameViolation{fmt::format("must not start with '{}' (reserved by AWS)", prefix)};
  if (!last.empty())
    for (const std::string& suffix : rule.reserved_suffixes)
      if (last.ends_with(suffix)) return NameViolation{fmt::format("must not end with '{}' (reserved by AWS)", suffix)};
  if (!has_params)
    for (const std::string& name : rule.reserved_names)
      if (known == name) return NameViolation{fmt::format("'{}' is reserved by AWS", name)};
  if (rule.max_levels > 0) {
    int levels = 0;
    for (char c : known) levels += c == '/';
    if (levels > rule.max_levels)
      return NameViolation{fmt::format("has {} levels; at most {} are allowed", levels, rule.max_levels)};
  }
  if (auto v = checkLength(rule, known.size(), complete, has_params)) return v;
  if (has_params && complete && rule.max_length > 0 && known.size() + longest > static_cast<size_t>(rule.max_length))
    return NameViolation{fmt::format("can be {} characters long with its params at their longest; at most {} are allowed",
                                     known.size() + longest, rule.max_length)};
  return std::nullopt;
}

std::optional<int> roomForParams(const NameRule& rule, const std::vector<NamePart>& parts) {
  if (rule.max_length <= 0) return std::nullopt;
  int known = 0;
  for (const NamePart& p : parts)
    if (!p.param) known += static_cast<int>(p.text.size());
  return std::max(0, rule.max_length - known);
}

CharSet allowedCharacters(const NameRule& rule) {
  return rule.charset.empty() ? CharSet().set() : parseCharset(rule.charset);
}

CharSet charactersOfClass(std::string_view first_or_last) {
  CharSet set;
  for (unsigned c = 0; c < 256; ++c) set[c] = fits(first_or_last, static_cast<char>(c));
  return set;
}

std::string describeCharset(std::string_view body) { return charsetInWords(body); }

std::string shownName(const std::vector<NamePart>& parts) {
  std::string out;
  for (const NamePart& p : parts) out += p.param ? "\xE2\x80\xA6" : p.text;
  return out;
}

}  // namespace migc::checks
