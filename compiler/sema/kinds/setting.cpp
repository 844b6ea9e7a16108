#include "sema/kinds/kind_helpers.h"

namespace migc::sema {
using namespace kinds;

const KindSchema& settingSchema() {
  static const KindSchema schema = [] {
    KindSchema s{"setting", "An SSM Parameter Store parameter (configuration, connection details).", {}, {}};
    required(s.field("path", types::string(), "The hierarchical name, starting with /, e.g. \"/migration/${suffix}/config\"."));
    required(s.field("value", types::any(), "A string, or a map or list stored as JSON."));
    s.field("description", types::string(), "What the parameter holds.");
    constant(s.field("secure", types::boolean(), "Store it as a SecureString, encrypted with KMS."))
        .default_value = ir::Value::ofBool(false);
    s.field("key", types::ref("key"), "The KMS key of a secure setting (default: the AWS-managed aws/ssm key).");
    s.field("tier", types::oneOf({"standard", "advanced", "intelligent_tiering"}), "The parameter tier (advanced: > 4 KB values).")
        .default_value = enumValue("standard");
    s.attribute("name", types::string(), "The parameter's name (its path).");
    s.attribute("arn", types::string(), "The parameter ARN (what a function's `allow` grants SSM actions on).");
    return s;
  }();
  return schema;
}

}  // namespace migc::sema
