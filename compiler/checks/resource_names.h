// AWS's identifier rules (stdlib/data/resource_names.json) applied to a name:
// the one API every caller uses, so a rule lives in the table and nowhere
// else. Checks call it with names the IR fixes (bucket names, load balancer
// names); the backends call it with the names they emit, keyed by
// CloudFormation type + property or by Terraform type + argument.
#pragma once

#include <bitset>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checks/stdlib_data.h"

namespace migc::checks {

// The rule for an identifier property, or null when the table has none.
const NameRule* nameRule(const StdlibData& data, std::string_view cfn_type, std::string_view cfn_property);
const NameRule* nameRuleForTerraform(const StdlibData& data, std::string_view tf_type, std::string_view argument);

// Why AWS would refuse a name: "is 70 characters long; at most 63 are allowed".
struct NameViolation {
  std::string reason;
};

// A fully known name.
std::optional<NameViolation> checkName(const NameRule& rule, std::string_view value);
std::optional<NameViolation> checkName(const StdlibData& data, std::string_view cfn_type,
                                       std::string_view cfn_property, std::string_view value);

// One piece of a name whose value may be known only at deploy time: literal
// text, or a param. A param's longest value is `max_length` when its
// constraints say (an enum param's longest member, a declared limit), else
// unknown (-1), and then counts as empty.
struct NamePart {
  std::string text;  // literal text, or the param's name
  bool param = false;
  int max_length = -1;
};

// The worst case of a name with params: the literal characters must be
// allowed wherever they stand, and the length with every param at its
// longest must fit (a param of unknown length counts as empty, so only a
// name too long whatever its value is refused).
std::optional<NameViolation> checkNameWorstCase(const NameRule& rule, const std::vector<NamePart>& parts);

// How many characters the params of `parts` may take together so the name
// stays within the rule's maximum (what a backend emits as a param's
// MaxLength / validation); nullopt when the rule has no maximum.
std::optional<int> roomForParams(const NameRule& rule, const std::vector<NamePart>& parts);

// The characters a name may hold (every byte when the rule has no charset),
// and those a first/last rule ("letter", "alnum", "lower_alnum") allows.
using CharSet = std::bitset<256>;
CharSet allowedCharacters(const NameRule& rule);
CharSet charactersOfClass(std::string_view first_or_last);
// A character-class body ("A-Za-z0-9-") in words: "letters, digits and '-'".
std::string describeCharset(std::string_view body);

// The name as a message shows it: literal text, "…" for each param.
std::string shownName(const std::vector<NamePart>& parts);

}  // namespace migc::checks
