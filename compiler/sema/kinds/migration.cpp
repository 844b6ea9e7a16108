#include "sema/kinds/kind_helpers.h"

namespace migc::sema {
using namespace kinds;

const KindSchema& migrationSchema() {
  static const KindSchema schema = [] {
    KindSchema s{"migration", "The migration as a whole: where it deploys, how resources are named and tagged. Exactly one per program.", {}, {}};
    s.field("region", types::string(), "The primary AWS region, e.g. \"us-east-1\".");
    s.field("regions", types::listOf(types::string()), "All regions, the primary first (multi-region programs).");
    s.field("naming", types::string(),
            "Resource name pattern. Placeholders: {name} (declaration name), {kind} (resource kind) and any param, e.g. {env}.")
        .default_value = str("{name}-{kind}");
    s.field("tags", types::mapOf(types::any()), "Tags every taggable resource carries.").default_value = emptyMap();
    s.field("monthly_budget", types::money(),
            "What the program may cost a month at list prices, in US dollars (`500USD`): the budget rule (MIG5055) "
            "reports when `migc cost`'s lower bound exceeds it.");
    return s;
  }();
  return schema;
}

}  // namespace migc::sema
