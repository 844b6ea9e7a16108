// The list of built-in rules (rules.def) and the lookup by code or id.
#include <algorithm>
#include <cctype>

#include "policy/rule.h"

namespace migc::policy {

#define MIG_RULE(Name, Id, Category, Enabled, Failing, Passing) std::unique_ptr<PolicyRule> make##Name##Rule();
#include "policy/rules.def"
#undef MIG_RULE

const std::vector<RuleEntry>& allRules() {
  // Rules are stateless, so one set serves every run and thread.
  static const std::vector<std::unique_ptr<PolicyRule>> rules = [] {
    std::vector<std::unique_ptr<PolicyRule>> out;
#define MIG_RULE(Name, Id, Category, Enabled, Failing, Passing) out.push_back(make##Name##Rule());
#include "policy/rules.def"
#undef MIG_RULE
    return out;
  }();
  static const std::vector<RuleEntry> entries = [] {
    std::vector<RuleEntry> out;
    size_t i = 0;
#define MIG_RULE(Name, Id, Category, Enabled, Failing, Passing) \
  out.push_back({DiagKind::Name, Id, Category, Enabled, Failing, Passing, rules[i++].get()});
#include "policy/rules.def"
#undef MIG_RULE
    return out;
  }();
  return entries;
}

const RuleEntry* findRule(std::string_view code_or_id) {
  auto same = [](std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
             return std::toupper(static_cast<unsigned char>(x)) == std::toupper(static_cast<unsigned char>(y));
           });
  };
  for (const RuleEntry& r : allRules())
    if (r.id == code_or_id || same(r.code(), code_or_id)) return &r;
  return nullptr;
}

}  // namespace migc::policy
