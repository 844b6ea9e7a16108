#include "sema/kinds/kind_helpers.h"

namespace migc::sema {
using namespace kinds;

const KindSchema& keySchema() {
  static const KindSchema schema = [] {
    KindSchema s{"key", "A customer-managed KMS key (encryption at rest); its key policy is derived from the objects that use it.", {}, {}};
    s.field("description", types::string(), "What the key protects.");
    s.field("rotation", types::boolean(), "Yearly automatic key rotation.").default_value = ir::Value::ofBool(true);
    FieldSchema& window = s.field("deletion_window", types::duration(),
                                  "Waiting period before the key is deleted on destroy (7 to 30 days).");
    window.default_value = days(7);
    window.min = 7 * kDay;
    window.max = 30 * kDay;
    s.field("alias", types::string(), "An alias without the alias/ prefix; defaults to the key's name.");
    s.attribute("arn", types::string(), "The key ARN.");
    s.attribute("id", types::string(), "The key id.");
    s.attribute("alias", types::string(), "The alias name, \"alias/...\".");
    return s;
  }();
  return schema;
}

}  // namespace migc::sema
