// Every policy rule has a failing and a passing case. Rules whose examples
// are .mig fragments (rules.def, also shown in docs/policies.md) are run
// through the whole pipeline with every rule enabled: the failing fragment
// must produce the rule's code, the passing one must not, and neither may
// have a syntax, name or type error. Rules over kinds that do not exist yet
// get a hand-built program.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include <unistd.h>

#include "checks/stdlib_data.h"
#include "driver/pipeline.h"
#include "policy/policy.h"
#include "support/produces.h"

namespace migc {
namespace {

namespace fs = std::filesystem;

struct Run {
  Workspace ws;
  bool ok = false;
};

// Writes main.mig (and migc.json) into a fresh folder and checks it.
std::unique_ptr<Run> checkProgram(const std::string& name, const std::string& program,
                                  const std::string& config = R"({"baseline": "all"})") {
  fs::path dir = fs::temp_directory_path() / ("migc-policy-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "main.mig") << program;
  // The code folder the examples' functions name (a missing one stops the
  // program at MIG2050, before the policy rules run).
  fs::create_directories(dir / "handlers" / "notify");
  std::ofstream(dir / "handlers" / "notify" / "app.py") << "def handler(event, context):\n    return None\n";
  if (!config.empty()) std::ofstream(dir / "migc.json") << config;
  auto run = std::make_unique<Run>();
  std::string error;
  run->ok = runCheckPipeline({dir.string()}, {}, run->ws, error);
  EXPECT_TRUE(run->ok) << error;
  fs::remove_all(dir);
  return run;
}

std::string describe(const Workspace& ws) {
  std::string out;
  for (const Diagnostic& d : ws.diags.diagnostics()) out += std::string(d.code()) + ": " + d.message + "\n";
  return out;
}

bool hasFrontEndErrors(const Workspace& ws) {
  for (const Diagnostic& d : ws.diags.diagnostics())
    if (d.severity == Severity::Error && (d.code().starts_with("MIG0") || d.code().starts_with("MIG1"))) return true;
  return false;
}

class RuleExamples : public ::testing::TestWithParam<size_t> {};

TEST_P(RuleExamples, FailingProducesAndPassingDoesNot) {
  const policy::RuleEntry& rule = policy::allRules()[GetParam()];
  std::string code(rule.code());
  auto failing = checkProgram(code + "-fail", policy::exampleProgram(rule.failing));
  EXPECT_FALSE(hasFrontEndErrors(failing->ws)) << describe(failing->ws);
  EXPECT_TRUE(test::produces(failing->ws.diags, code)) << "failing example of " << code << ":\n" << describe(failing->ws);
  auto passing = checkProgram(code + "-pass", policy::exampleProgram(rule.passing));
  EXPECT_FALSE(hasFrontEndErrors(passing->ws)) << describe(passing->ws);
  EXPECT_FALSE(test::produces(passing->ws.diags, code)) << "passing example of " << code << ":\n" << describe(passing->ws);
}

// Rules without .mig examples are tested with hand-built programs below.
std::vector<size_t> rulesWithExamples() {
  std::vector<size_t> out;
  for (size_t i = 0; i < policy::allRules().size(); ++i)
    if (!policy::allRules()[i].failing.empty()) out.push_back(i);
  return out;
}

INSTANTIATE_TEST_SUITE_P(AllRules, RuleExamples, ::testing::ValuesIn(rulesWithExamples()),
                         [](const auto& info) { return std::string(policy::allRules()[info.param].code()); });

// ---- rules over kinds that do not exist yet: a hand-built program --------

const checks::StdlibData& stdlib() {
  static const checks::StdlibData data = [] {
    std::string error;
    auto loaded = checks::loadStdlibData(fs::path(MIGC_SOURCE_DIR) / "stdlib", error);
    EXPECT_TRUE(loaded) << error;
    return loaded ? std::move(*loaded) : checks::StdlibData{};
  }();
  return data;
}

ir::Object object(std::string kind, std::string name, std::vector<std::pair<std::string, ir::Value>> fields) {
  ir::Object o;
  o.kind = std::move(kind);
  o.name = std::move(name);
  o.fields.kind = ir::Value::Kind::Map;
  o.fields.entries = std::move(fields);
  return o;
}

ir::Value strings(std::vector<std::string> items) {
  ir::Value v;
  v.kind = ir::Value::Kind::List;
  for (auto& s : items) v.items.push_back(ir::Value::ofString(std::move(s)));
  return v;
}

DiagnosticSink runRules(const ir::Program& program) {
  DiagnosticSink sink;
  policy::PolicyConfig config = policy::defaultPolicyConfig();
  policy::runPolicyRules(program, stdlib(), config, sink);
  return sink;
}

// MIG5025 finds an AWS access key id, (AKIA|ASIA)[0-9A-Z]{16}, anywhere in a
// string under any key (the shape is scanned for, not matched by a regex).
TEST(PolicyRules, LiteralSecretFindsAccessKeyIdsByShape) {
  for (auto [text, found] : {std::pair{"AKIAABCDEFGHIJ012345", true}, std::pair{"id ASIA0123456789ABCDEF tail", true},
                             std::pair{"AAKIAABCDEFGHIJ0123456", true}, std::pair{"AKIAABCDEFGHIJ01234", false},
                             std::pair{"AKIAabcdefghij012345", false}, std::pair{"ASIB0123456789ABCDEF", false},
                             std::pair{"-----BEGIN RSA PRIVATE KEY-----", true}, std::pair{"AKIA", false}}) {
    ir::Program p;
    p.objects.push_back(object("topic", "t", {{"display_name_tag", ir::Value::ofString(text)}}));
    EXPECT_EQ(test::produces(runRules(p), "MIG5025"), found) << text;
  }
}

TEST(PolicyRules, DestroyableFailsOnRetainedResourcesOfAnyKind) {
  ir::Program p;
  p.objects.push_back(object("bucket", "files", {{"force_destroy", ir::Value::ofBool(false)}}));
  p.objects.push_back(object("table", "state", {{"deletion_protection", ir::Value::ofBool(true)}}));
  DiagnosticSink sink = runRules(p);
  EXPECT_PRODUCES(sink, "MIG5005");
  size_t n = 0;
  for (const Diagnostic& d : sink.diagnostics()) n += d.code() == "MIG5005";
  EXPECT_EQ(n, 2u);
}

TEST(PolicyRules, DestroyablePassesOnDestroyableResources) {
  ir::Program p;
  p.objects.push_back(object("bucket", "files", {{"force_destroy", ir::Value::ofBool(true)}}));
  p.objects.push_back(object("table", "state", {{"deletion_protection", ir::Value::ofBool(false)}}));
  EXPECT_FALSE(test::produces(runRules(p), "MIG5005"));
}

TEST(PolicyRules, IamWildcardFailsOnStarActionsAndResources) {
  ir::Program p;
  ir::Value statement;
  statement.kind = ir::Value::Kind::Map;
  statement.entries = {{"actions", strings({"s3:*"})}, {"resources", strings({"*"})}};
  ir::Value statements;
  statements.kind = ir::Value::Kind::List;
  statements.items.push_back(statement);
  p.objects.push_back(object("function", "cutover", {{"statement", statements}}));
  DiagnosticSink sink = runRules(p);
  EXPECT_PRODUCES(sink, "MIG5028");
  std::vector<std::string> messages;
  for (const Diagnostic& d : sink.diagnostics())
    if (d.code() == "MIG5028") messages.push_back(d.message);
  // The message quotes the wildcard it found, not a generic "*".
  std::sort(messages.begin(), messages.end());
  EXPECT_EQ(messages, (std::vector<std::string>{"function cutover grants the wildcard \"*\" in `resources`",
                                                "function cutover grants the wildcard \"s3:*\" in `actions`"}));
}

TEST(PolicyRules, IamWildcardPassesOnNamedActions) {
  ir::Program p;
  p.objects.push_back(object("function", "cutover", {{"actions", strings({"secretsmanager:GetSecretValue"})},
                                                     {"resources", strings({"arn:aws:secretsmanager:us-east-1:1:secret:x"})}}));
  EXPECT_FALSE(test::produces(runRules(p), "MIG5028"));
}

TEST(PolicyRules, SingleNatFailsOnOneNatPerZone) {
  ir::Program p;
  p.objects.push_back(object("network", "main", {{"zones", ir::Value::ofInt(3)}, {"nat", ir::Value::ofEnum("per_zone")}}));
  p.objects.push_back(object("network", "edge", {{"nat_gateways", ir::Value::ofInt(2)}}));
  DiagnosticSink sink = runRules(p);
  EXPECT_PRODUCES(sink, "MIG5029");
  size_t n = 0;
  for (const Diagnostic& d : sink.diagnostics()) n += d.code() == "MIG5029";
  EXPECT_EQ(n, 2u);
}

TEST(PolicyRules, SingleNatPassesOnOneNat) {
  ir::Program p;
  p.objects.push_back(object("network", "main", {{"zones", ir::Value::ofInt(3)}, {"nat", ir::Value::ofEnum("single")}}));
  p.objects.push_back(object("network", "edge", {{"nat_gateways", ir::Value::ofInt(1)}}));
  EXPECT_FALSE(test::produces(runRules(p), "MIG5029"));
}

ir::Value map(std::vector<std::pair<std::string, ir::Value>> entries) {
  ir::Value v;
  v.kind = ir::Value::Kind::Map;
  v.entries = std::move(entries);
  return v;
}

ir::Value reference(uint32_t object) {
  ir::Value v;
  v.kind = ir::Value::Kind::Attr;
  v.object = object;
  return v;
}

size_t count(const DiagnosticSink& sink, std::string_view code) {
  size_t n = 0;
  for (const Diagnostic& d : sink.diagnostics()) n += d.code() == code;
  return n;
}

// A function's `allow` map is keyed by IAM action: only a wildcard action
// is a finding, the declarations it grants on never are.
TEST(PolicyRules, IamWildcardReadsFunctionGrantsByAction) {
  ir::Program p;
  p.objects.push_back(object("bucket", "exports", {{"readers", strings({"arn:aws:iam::111122223333:role/etl"})}}));
  p.objects.push_back(object("function", "named", {{"allow", map({{"s3:GetObject", reference(0)}})}}));
  EXPECT_FALSE(test::produces(runRules(p), "MIG5028"));
  p.objects.push_back(object("function", "broad", {{"allow", map({{"s3:*", reference(0)}, {"s3:PutObject", reference(0)}})}}));
  p.objects.push_back(object("bucket", "public", {{"readers", strings({"*"})}}));
  EXPECT_EQ(count(runRules(p), "MIG5028"), 2u);
}

// The rules that read every kind stay quiet on well-formed declarations of
// the kinds added after them, and still see their keys and secrets used.
TEST(PolicyRules, GenericRulesBehaveOnNewerKinds) {
  auto run = checkProgram("newer-kinds", policy::exampleProgram(R"(bucket exports { key = data; readers = ["arn:aws:iam::111122223333:role/etl"] }
table checkpoints { partition_key = "task"; key = data }
backup nightly { resources = [db, checkpoints]; key = data }
setting api_token { path = "/shop/${env}/${suffix}/api-token"; value = suffix; secure = true; key = data; description = "token for the shop API" }
function notify {
  runtime = "python3.12"; handler = "app.handler"; code = "handlers/notify"
  allow = { "s3:GetObject" = exports, "dynamodb:PutItem" = [checkpoints] }
  environment = { DB_HOST = db.endpoint, STAGE = env }
})"));
  EXPECT_FALSE(hasFrontEndErrors(run->ws)) << describe(run->ws);
  EXPECT_FALSE(run->ws.diags.hasErrors()) << describe(run->ws);
  EXPECT_TRUE(test::produces(run->ws.diags, "MIG5016")) << "the policy rules did not run:\n" << describe(run->ws);
  for (std::string_view code : {"MIG5005", "MIG5025", "MIG5028", "MIG5037"})
    EXPECT_FALSE(test::produces(run->ws.diags, code)) << code << "\n" << describe(run->ws);
}

// MIG5017 and MIG5018 read databases like clusters; MIG5016 reads every
// pipeline, whatever its target.
TEST(PolicyRules, AlarmRulesCoverDatabasesAndPipelinesIntoThem) {
  const std::string database = R"(database orders { engine = postgres("16.4"); network = main; credentials = admin; key = data }
pipeline into_orders {
  from = legacy; to = orders; key = data
  instance { class = "dms.r5.large" }
}
)";
  auto bare = checkProgram("database-alarms-missing", policy::exampleProgram(database));
  std::string names;
  for (const Diagnostic& d : bare->ws.diags.diagnostics())
    if (d.code() == "MIG5016" || d.code() == "MIG5017" || d.code() == "MIG5018") names += d.message + "\n";
  EXPECT_NE(names.find("database orders has no CPU alarm"), std::string::npos) << names;
  EXPECT_NE(names.find("database orders has no connection-count alarm"), std::string::npos) << names;
  EXPECT_NE(names.find("pipeline into_orders has no replication-lag alarm"), std::string::npos) << names;
  auto covered = checkProgram("database-alarms", policy::exampleProgram(database + R"(alarm orders_cpu { watch = orders.cpu; above = 80%; notify = ops }
alarm orders_connections { watch = orders.connections; above = 400; notify = ops }
alarm into_orders_lag { watch = into_orders.target_lag; above = 300s; notify = ops })"));
  for (const Diagnostic& d : covered->ws.diags.diagnostics())
    EXPECT_EQ(d.message.find("orders has no"), std::string::npos) << d.message;
}

// MIG5039 asks every bucket for a key, except one that receives a load
// balancer's access logs: ELB delivers them only to SSE-S3 buckets (MIG2107).
TEST(PolicyRules, BucketKmsKeyExemptsAccessLogBuckets) {
  auto run = checkProgram("access-log-bucket", policy::exampleProgram(R"(bucket alb_logs {}
bucket exports {}
service api { network = main; image = "nginx:1.27"; access_logs = alb_logs })"));
  EXPECT_FALSE(hasFrontEndErrors(run->ws)) << describe(run->ws);
  std::string findings;
  for (const Diagnostic& d : run->ws.diags.diagnostics())
    if (d.code() == "MIG5039") findings += d.message + "\n";
  EXPECT_EQ(findings, "bucket exports is not encrypted with a customer-managed KMS key\n");
}

// Every rule's failing example is also documented: the registry and the
// docs cannot drift, because the docs are generated from the registry.
TEST(PolicyRules, EveryRuleHasACodeInTheRangeAndAUniqueId) {
  std::set<std::string_view> ids;
  for (const policy::RuleEntry& r : policy::allRules()) {
    EXPECT_TRUE(r.code().starts_with("MIG50")) << r.code();
    EXPECT_TRUE(ids.insert(r.id).second) << "duplicate id " << r.id;
    EXPECT_EQ(r.failing.empty(), r.passing.empty()) << r.code();
  }
  EXPECT_GE(policy::allRules().size(), 30u);
}

}  // namespace
}  // namespace migc
