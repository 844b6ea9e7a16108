// CloudFormation generates the password itself (GenerateSecretString) and
// consumers read it with dynamic references, so no value is in the template.
#include "cfn/kinds.h"

namespace migc::cfn {

KindLowering secretKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    model::Resource& secret = addStateful(ctx, "AWS::SecretsManager::Secret", Context::id(o, "secret"), o);
    std::string description = lowering::text(o, "description");
    secret.properties = {{"Name", ctx.name(o, "secret")},
                         {"Description", PValue::s(description.empty() ? "Credentials for " + o.name : description)}};
    if (const ir::Object* key = ctx.objectOrNull(o.field("key")))
      secret.properties.emplace_back("KmsKeyId", ctx.attribute(*key, "arn"));
    if (lowering::flag(o, "generate")) {
      secret.properties.emplace_back(
          "GenerateSecretString",
          PValue::object({{"SecretStringTemplate",
                           PValue::json(PValue::object({{"username", PValue::s(lowering::text(o, "username"))}}))},
                          {"GenerateStringKey", PValue::s("password")},
                          {"PasswordLength", PValue::i(lowering::integer(o, "password_length"))},
                          // Characters RDS and DMS reject in master passwords.
                          {"ExcludeCharacters", PValue::s("\"@/\\ '")}}));
    }
    secret.properties.emplace_back("Tags", ctx.tags());
  };
  k.attribute = [](Context& ctx, const ir::Object& o, std::string_view attr) {
    // The secret has no name attribute: its Name is the naming pattern's.
    if (attr == "name") return ctx.name(o, "secret");
    return PValue::refTo(Context::id(o, "secret"));  // Ref of a secret is its ARN
  };
  return k;
}

}  // namespace migc::cfn
