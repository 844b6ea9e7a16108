#include "sema/kinds/kind_helpers.h"

namespace migc::sema {
using namespace kinds;

// A project rule over the checked program, evaluated by the policy pass
// (compiler/policy/custom_rules.cpp); it creates no resource.
const KindSchema& policySchema() {
  static const KindSchema schema = [] {
    KindSchema s{"policy", "A project rule: every declaration of one kind that matches `where` must satisfy `require`, `expect`, `at_least` and `at_most`. Field paths follow references (\"from.engine.engine\"). Reported, configured and suppressed like built-in rules.", {}, {}};
    s.field("code", types::string(), "The finding's code, MIG5900 to MIG5999 (default MIG5099).");
    required(s.field("message", types::string(), "The finding's message."));
    required(s.field("each", types::string(), "The kind checked, e.g. \"pipeline\"."));
    s.field("where", types::mapOf(types::any()), "Only declarations whose field paths have these values (a list: any of them).");
    s.field("require", types::listOf(types::string()), "Field paths that must be set (not null, false, empty or an empty list).");
    s.field("expect", types::mapOf(types::any()), "Field paths and the value each must have (a list: any of them).");
    s.field("at_least", types::mapOf(types::any()), "Field paths and the smallest value each may have.");
    s.field("at_most", types::mapOf(types::any()), "Field paths and the largest value each may have.");
    s.field("severity", types::oneOf({"error", "warning", "note"}), "Severity unless the config sets one.").default_value = enumValue("warning");
    s.field("help", types::string(), "Advice printed with each finding.");
    return s;
  }();
  return schema;
}

}  // namespace migc::sema
