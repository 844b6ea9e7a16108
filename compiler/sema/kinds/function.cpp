#include "sema/kinds/kind_helpers.h"

namespace migc::sema {
using namespace kinds;

// A Lambda function built from a local folder or file. migc packages the
// code itself (a deterministic zip beside each target's output) so the
// output needs no archive provider and no build step besides
// `aws cloudformation package` for CloudFormation (MIG3010).
const KindSchema& functionSchema() {
  static const KindSchema schema = [] {
    constexpr double kMiB = 1048576.0;
    KindSchema s{"function", "An AWS Lambda function with its own role and log group.", {}, {}};
    required(s.field("runtime", types::string(),
                     "The Lambda runtime, e.g. \"python3.12\" (checked against cfn-lint's runtime lifecycle data)."));
    required(s.field("handler", types::string(), "The entry point, e.g. \"app.handler\"."));
    FieldSchema& code = required(s.field(
        "code", types::string(), "A folder or file relative to the .mig file; migc zips it deterministically."));
    code.local_path = true;
    FieldSchema& memory = s.field("memory", types::size(), "Memory, 128MiB to 10240MiB.");
    memory.default_value = ir::Value::ofQuantity(128 * kMiB, ir::Dimension::Size);
    memory.min = 128 * kMiB;
    memory.max = 10240 * kMiB;
    FieldSchema& timeout = s.field("timeout", types::duration(), "How long one invocation may run, at most 15m.");
    timeout.default_value = ir::Value::ofQuantity(30, ir::Dimension::Duration);
    timeout.min = 1;
    timeout.max = 900;
    s.field("environment", types::mapOf(types::any()),
            "Environment variables; values may be attributes of other declarations (aurora.endpoint).");
    s.field("allow", types::mapOf(types::any()),
            "Extra permissions: an IAM action (\"route53:ChangeResourceRecordSets\") = a declared object or a list of them.");
    s.field("log_retention", types::duration(), "How long the function's log group keeps events.").default_value = days(30);
    s.attribute("arn", types::string(), "The function ARN.");
    s.attribute("name", types::string(), "The function name.");
    s.attribute("role_arn", types::string(), "The ARN of the function's execution role.");
    s.attribute("log_group", types::string(), "The name of the function's log group.");
    return s;
  }();
  return schema;
}

}  // namespace migc::sema
