#include "sema/kinds/kind_helpers.h"

namespace migc::sema {
using namespace kinds;

// An EventBridge rule. One kind covers both forms: an event rule (`on`, or a
// raw `pattern`) and a scheduled rule (`every` or `cron`); exactly one of the
// four is written (MIG2055). A separate `schedule` kind would duplicate the
// targets and permissions for one different field.
const KindSchema& ruleSchema() {
  static const KindSchema schema = [] {
    KindSchema s{"rule", "An EventBridge rule: on events or on a schedule, delivering to functions and topics.", {}, {}};
    s.field("on", types::any(), "An event of a declared object, e.g. replicate.state_change (a pipeline's task).");
    s.field("pattern", types::mapOf(types::any()), "A raw EventBridge event pattern, e.g. { source = [\"aws.dms\"] }.");
    s.field("every", types::duration(), "A fixed rate: rate(N minutes|hours|days); whole minutes.");
    s.field("cron", types::string(), "A six-field schedule expression: \"cron(0 5 ? * * *)\".");
    required(s.field("targets", types::listOf(types::ref("")), "Functions and topics that receive the events."));
    s.field("description", types::string(), "What the rule is for.");
    s.attribute("arn", types::string(), "The rule ARN.");
    s.attribute("name", types::string(), "The rule name.");
    return s;
  }();
  return schema;
}

}  // namespace migc::sema
