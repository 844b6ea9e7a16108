// Secrets hold generated passwords that never appear in the emitted files or
// in Terraform state: an ephemeral random password is written once through
// the write-only secret_string_wo (and master_password_wo on the cluster).
#include "aws/kinds.h"

namespace migc::aws {

// The ephemeral password the secret and its consumers share.
PValue generatedPassword(const ir::Object& secret) {
  return PValue::refTo(Context::id(secret, "password"), "random_password");
}

KindLowering secretKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    model::Resource& secret = ctx.add("aws_secretsmanager_secret", Context::id(o, "secret"), o);
    std::string description = lowering::text(o, "description");
    secret.properties = {{"name", ctx.name(o, "secret")},
                         {"description", PValue::s(description.empty() ? "Credentials for " + o.name : description)},
                         // Destroyable: no 30-day recovery window blocking a re-create.
                         {"recovery_window_in_days", PValue::i(0)}};
    if (const ir::Object* key = ctx.objectOrNull(o.field("key")))
      secret.properties.emplace_back("kms_key_id", ctx.attribute(*key, "arn"));
    secret.properties.emplace_back("tags", ctx.tags());
    if (!lowering::flag(o, "generate")) return;  // the value is set out of band

    model::Resource& password = ctx.add("aws_secretsmanager_random_password", Context::id(o, "password"), o);
    password.tf_mode = "ephemeral";
    password.properties = {{"password_length", PValue::i(lowering::integer(o, "password_length"))},
                           // Characters RDS and DMS reject in master passwords.
                           {"exclude_characters", PValue::s("\"@/\\ '")}};
    // The secret of a cluster's master user also names the cluster, as RDS's
    // own secrets do: DMS endpoints read host and port from it.
    model::Fields content = {{"username", PValue::s(lowering::text(o, "username"))}, {"password", generatedPassword(o)}};
    std::vector<const ir::Object*> clusters = ctx.referrers(o, "cluster", "credentials");
    for (const ir::Object* db : ctx.referrers(o, "database", "credentials")) clusters.push_back(db);
    if (clusters.size() == 1) {
      const ir::Object& cluster = *clusters.front();
      const ir::Value& engine = lowering::field(cluster, "engine");
      content.emplace_back("engine", PValue::s(engine.get("engine") ? engine.get("engine")->text : "postgres"));
      content.emplace_back("host", ctx.attribute(cluster, "endpoint"));
      content.emplace_back("port", PValue::i(lowering::integer(cluster, "port")));
      content.emplace_back("dbname", PValue::s(lowering::text(cluster, "database")));
    }
    model::Resource& version = ctx.add("aws_secretsmanager_secret_version", Context::id(o, "secret_version"), o);
    version.properties = {{"secret_id", PValue::refTo(Context::id(o, "secret"), "id")},
                          {"secret_string_wo", PValue::json(PValue::object(std::move(content)))},
                          {"secret_string_wo_version", PValue::i(1)}};
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    return PValue::refTo(Context::id(o, "secret"), attr == "name" ? "name" : attr == "id" ? "id" : "arn");
  };
  return k;
}

}  // namespace migc::aws
