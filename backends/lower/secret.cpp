// Secrets hold generated passwords that appear neither in the emitted files
// nor in Terraform state. Terraform and Pulumi write an ephemeral random
// password once, through the write-only secret_string_wo (and the
// cluster's master_password_wo); CloudFormation generates it inside the
// secret (GenerateSecretString) and consumers read it through dynamic
// references.
#include "lower/registry.h"
#include "lower/secret.h"

namespace migc::lower {
namespace {

// Characters RDS and DMS reject in master passwords.
constexpr const char* kExcluded = "\"@/\\ '";
// RDS for Oracle also rejects '&' (CreateDBInstance MasterUserPassword).
constexpr const char* kExcludedOracle = "\"@/\\ '&";

// The excluded characters of a secret: Oracle's when an Oracle database uses
// it as its master credentials.
const char* excludedOf(Context& ctx, const ir::Object& secret) {
  for (const ir::Object* db : ctx.referrers(secret, "database", "credentials"))
    if (fields::Database(*db).engine().name().starts_with("oracle")) return kExcludedOracle;
  return kExcluded;
}

constexpr const char* kGeneratedWhy =
    "CloudFormation generates the password inside the secret; Terraform and Pulumi write an ephemeral password "
    "through write-only arguments, so it is in neither the template nor the state";

// The database whose master user the secret holds, when exactly one does.
const ir::Object* onlyDatabase(Context& ctx, const ir::Object& secret) {
  std::vector<const ir::Object*> dbs = ctx.referrers(secret, "cluster", "credentials");
  for (const ir::Object* db : ctx.referrers(secret, "database", "credentials")) dbs.push_back(db);
  return dbs.size() == 1 ? dbs.front() : nullptr;
}

}  // namespace

PValue generatedPassword(const ir::Object& secret) {
  return PValue::perTarget(Targets::CloudFormation, kGeneratedWhy,
                           PValue::secretRef(Context::id(secret, "secret"), "password"),
                           PValue::refTo(Context::id(secret, "password"), "random_password"));
}

template <>
KindLowering lowering<kind::secret>() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    fields::Secret s(o);
    model::Resource& secret = ctx.add("aws_secretsmanager_secret", Context::id(o, "secret"), o);
    secret.properties = {
        {"name", ctx.name(o, "secret")},
        {"description", s.description().present() ? ctx.value(s.description()) : PValue::s("Credentials for " + o.name)},
        // Destroyable: no 30-day recovery window blocking a re-create.
        {"recovery_window_in_days", PValue::i(0)}};
    if (const ir::Object* key = ctx.objectOrNull(s.key())) secret.properties.emplace_back("kms_key_id", ctx.attribute(*key, "arn"));
    bool generate = s.generate().constant();
    if (generate)
      secret.properties.emplace_back(
          "generate_secret_string",
          PValue::onlyFor(Targets::CloudFormation, kGeneratedWhy,
                          PValue::block({{"secret_string_template", PValue::json(PValue::object({{"username", ctx.value(s.username())}}))},
                                         {"generate_string_key", PValue::s("password")},
                                         {"password_length", ctx.value(s.password_length())},
                                         {"exclude_characters", PValue::s(excludedOf(ctx, o))}})));
    secret.properties.emplace_back("tags", ctx.tags());
    if (!generate) return;  // the value is set out of band

    model::Resource& password = ctx.add("aws_secretsmanager_random_password", Context::id(o, "password"), o);
    password.tf_mode = "ephemeral";
    password.targets = Targets::Providers;
    password.targets_reason = kGeneratedWhy;
    password.properties = {{"password_length", ctx.value(s.password_length())}, {"exclude_characters", PValue::s(excludedOf(ctx, o))}};
    // The secret of a database's master user also names the database, as
    // RDS's own secrets do: DMS endpoints read host and port from it.
    // (CloudFormation adds them with a SecretTargetAttachment: cluster.cpp.)
    model::Fields content = {{"username", ctx.value(s.username())}, {"password", generatedPassword(o)}};
    if (const ir::Object* db = onlyDatabase(ctx, o)) {
      bool cluster = db->kind == "cluster";
      content.emplace_back("engine", PValue::s(cluster ? fields::Cluster(*db).engine().name() : fields::Database(*db).engine().name()));
      content.emplace_back("host", ctx.attribute(*db, "endpoint"));
      content.emplace_back("port", ctx.value(cluster ? fields::Cluster(*db).port() : fields::Database(*db).port()));
      // RDS for SQL Server without a pipeline has no database to name (engine_defaults.cpp).
      const ir::typed::Text database = cluster ? fields::Cluster(*db).database() : fields::Database(*db).database();
      if (database.present()) content.emplace_back("dbname", ctx.value(database));
    }
    model::Resource& version = ctx.add("aws_secretsmanager_secret_version", Context::id(o, "secret_version"), o);
    version.targets = Targets::Providers;
    version.targets_reason = kGeneratedWhy;
    version.properties = {{"secret_id", PValue::refTo(Context::id(o, "secret"), "id")},
                          {"secret_string_wo", PValue::json(PValue::object(std::move(content)))},
                          {"secret_string_wo_version", PValue::i(1)}};
  };
  k.attribute = [](Context& ctx, const ir::Object& o, std::string_view attr) {
    std::string id = Context::id(o, "secret");
    if (attr == "name")
      return PValue::perTarget(Targets::CloudFormation, "CloudFormation's Secret has no name attribute: it is the name given",
                               ctx.name(o, "secret"), PValue::refTo(id, "name"));
    return PValue::refTo(id, attr == "id" ? "id" : "arn");
  };
  return k;
}

void attachSecret(Context& ctx, const ir::Object& database, const ir::Object& secret, std::string_view role,
                  std::string_view type) {
  model::Resource& attach =
      ctx.add("AWS::SecretsManager::SecretTargetAttachment", Context::id(database, "secret_attachment"), database);
  attach.targets = Targets::CloudFormation;
  attach.targets_reason = kGeneratedWhy;
  attach.properties = {{"secret_id", PValue::refTo(Context::id(secret, "secret"), "")},
                       {"target_id", PValue::refTo(Context::id(database, role), "")},
                       {"target_type", PValue::s(std::string(type))}};
}

// A database's master user: the user name the program gives the secret
// (known while migc runs), and its generated password.
PValue masterUsername(Context& ctx, const ir::Object& secret) { return ctx.value(fields::Secret(secret).username()); }

}  // namespace migc::lower
