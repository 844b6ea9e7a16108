// Domain checks on IR that sema would not produce today (the placement rules
// of CHK-A7 are bounded by the schemas), on a note-level code the .mig
// expectations do not count, and on degenerate objects.
#include <gtest/gtest.h>

#include <set>

#include "checks/checks.h"
#include "driver/pipeline.h"
#include "support/produces.h"

namespace migc::checks {
namespace {

using ir::Value;

const StdlibData& shipped() {
  static const StdlibData data = [] {
    std::string error;
    auto loaded = loadStdlibData(std::filesystem::path(MIGC_SOURCE_DIR) / "stdlib", error);
    if (!loaded) ADD_FAILURE() << error;
    return loaded ? std::move(*loaded) : StdlibData{};
  }();
  return data;
}

Value mapOf(std::vector<std::pair<std::string, Value>> entries) {
  Value v;
  v.kind = Value::Kind::Map;
  v.entries = std::move(entries);
  return v;
}

ir::Object object(std::string kind, std::string name, Value fields) {
  ir::Object o;
  o.kind = std::move(kind);
  o.name = std::move(name);
  o.fields = std::move(fields);
  return o;
}

TEST(DomainChecks, ReadersNeedTwoZonesAndAtMostSixteenInstances) {
  ir::Program p;
  p.objects.push_back(object("network", "main", mapOf({{"zones", Value::ofInt(1)}})));
  p.objects.push_back(object("cluster", "aurora",
                             mapOf({{"network", Value::ofAttr(0, "")},
                                    {"writers", Value::ofInt(1)},
                                    {"readers", Value::ofInt(16)}})));
  DiagnosticSink sink;
  runDomainChecks(p, shipped(), sink);
  EXPECT_PRODUCES(sink, "MIG2010");
  EXPECT_PRODUCES(sink, "MIG2011");
}

TEST(DomainChecks, HeterogeneousMigrationIsANote) {
  Workspace ws;
  std::string error;
  ASSERT_TRUE(runCheckPipeline({MIGC_TESTS_DIR "/diagnostics/domain/engine_compatibility.mig"}, {}, ws, error))
      << error;
  EXPECT_PRODUCES(ws.diags, "MIG2018");
  EXPECT_FALSE(ws.diags.hasErrors());
}

// A pipeline replicating changes names its source's CDC prerequisites
// (MIG2150, a note); the engine's defaults fill what the program left out.
TEST(DomainChecks, CdcPrerequisitesAreANote) {
  Workspace ws;
  std::string error;
  ASSERT_TRUE(runCheckPipeline({MIGC_TESTS_DIR "/diagnostics/domain/cdc_prerequisites.mig"}, {}, ws, error)) << error;
  EXPECT_PRODUCES(ws.diags, "MIG2150");
  EXPECT_FALSE(ws.diags.hasErrors());
  const ir::Object* aurora = nullptr;
  const ir::Object* shop = nullptr;
  for (const ir::Object& o : ws.program.objects) {
    if (o.name == "aurora") aurora = &o;
    if (o.name == "shop") shop = &o;
  }
  ASSERT_TRUE(aurora && shop);
  EXPECT_EQ(aurora->field("port")->integer, 3306);
  ASSERT_EQ(aurora->field("log_exports")->items.size(), 4u);
  EXPECT_EQ(aurora->field("log_exports")->items[3].text, "slowquery");
  EXPECT_EQ(aurora->facts.get("dms_engine_name")->text, "aurora");
  EXPECT_EQ(aurora->facts.get("parameter_family")->text, "aurora-mysql8.0");
  EXPECT_EQ(shop->facts.get("dms_engine_name")->text, "mysql");
  EXPECT_EQ(shop->facts.get("default_port")->integer, 3306);
}

TEST(DomainChecks, ObjectsWithoutFieldsAreSkipped) {
  ir::Program p;
  for (const char* kind : {"network", "secret", "cluster", "source", "pipeline", "alarm"})
    p.objects.push_back(object(kind, std::string(kind) + "_x", mapOf({})));
  DiagnosticSink sink;
  runDomainChecks(p, shipped(), sink);
  // Only "an alarm needs a threshold" can be said about an empty alarm.
  ASSERT_EQ(sink.diagnostics().size(), 1u);
  EXPECT_PRODUCES(sink, "MIG2022");
}

TEST(DomainChecks, EveryCheckHasItsOwnId) {
  std::set<std::string_view> ids;
  for (std::string_view id : domainCheckIds()) {
    EXPECT_TRUE(id.starts_with("CHK-")) << id;
    EXPECT_TRUE(ids.insert(id).second) << "duplicate " << id;
  }
  EXPECT_GE(ids.size(), 15u);
}

TEST(DomainChecks, BadStdlibIsAnIoError) {
  Workspace ws;
  std::string error;
  LoadOptions options;
  options.stdlib_dir = "/nonexistent";
  EXPECT_FALSE(runCheckPipeline({MIGC_TESTS_DIR "/diagnostics/domain/engine_compatibility.mig"}, options, ws, error));
  EXPECT_NE(error.find("--stdlib"), std::string::npos) << error;
}

TEST(DomainChecks, MgnStepsNoTargetCanExpressAreNotes) {
  Workspace ws;
  std::string error;
  ASSERT_TRUE(runCheckPipeline({MIGC_TESTS_DIR "/diagnostics/domain/server_migration.mig"}, {}, ws, error)) << error;
  EXPECT_PRODUCES(ws.diags, "MIG3031");
  EXPECT_PRODUCES(ws.diags, "MIG3032");
  EXPECT_FALSE(ws.diags.hasErrors());
}

}  // namespace
}  // namespace migc::checks
