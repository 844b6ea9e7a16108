#include "sema/kinds/kind_helpers.h"

namespace migc::sema {
using namespace kinds;

// An AWS Backup vault, plan and selection (seed 003): resources are chosen
// by tag or by reference; the service role gets the AWS managed policy.
const KindSchema& backupSchema() {
  static const KindSchema schema = [] {
    KindSchema s{"backup", "An AWS Backup vault with a daily plan and a selection of resources.", {}, {}};
    s.field("key", types::ref("key"), "The KMS key that encrypts the vault; the AWS managed key when omitted.");
    s.field("schedule", types::string(), "When backups run: a six-field cron expression.").default_value =
        str("cron(0 5 ? * * *)");
    s.field("retention", types::duration(), "How long recovery points are kept (at least 1d).").default_value = days(7);
    s.field("cold_storage_after", types::duration(),
            "Move recovery points to cold storage after this long; retention must then be 90d longer.");
    s.field("resources", types::listOf(types::ref("")), "Declared clusters and tables to back up.");
    s.field("select_tags", types::mapOf(types::string()),
            "Back up every resource carrying these tags, e.g. { Purpose = \"database-migration\" }.");
    s.attribute("vault_arn", types::string(), "The backup vault ARN.");
    s.attribute("plan_id", types::string(), "The backup plan id.");
    s.attribute("vault_name", types::string(), "The backup vault name.");
    s.attribute("plan_arn", types::string(), "The backup plan ARN.");
    return s;
  }();
  return schema;
}

}  // namespace migc::sema
