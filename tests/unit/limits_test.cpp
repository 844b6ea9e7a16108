// Diagnostics that .mig cases cannot show: the error limit (applied when
// diagnostics are printed), and code assets that are a FIFO or too large
// (a repository cannot hold either).
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "driver/diag_output.h"
#include "driver/pipeline.h"
#include "support/produces.h"

namespace migc {
namespace {
namespace fs = std::filesystem;

TEST(Limits, ErrorLimitKeepsTheFirstErrorsAndCountsTheRest) {
  SourceManager sm;
  FileId file = sm.add("x.mig", std::string(100, ' '));
  DiagnosticSink all;
  for (uint32_t i = 0; i < 25; ++i) all.report(DiagKind::InvalidCharacter, SourceRange{file, i, i + 1}, "'`'");
  DiagnosticSink shown;
  shown.diagnostics() = limitErrors(all.diagnostics(), 20);
  ASSERT_EQ(shown.diagnostics().size(), 21u);
  EXPECT_PRODUCES(shown, "MIG0014");
  EXPECT_EQ(shown.diagnostics().back().range.begin, 20u);  // where the first error not shown is
  EXPECT_NE(shown.diagnostics().back().message.find("5 more"), std::string::npos);
  EXPECT_EQ(limitErrors(all.diagnostics(), 0).size(), 25u);
  EXPECT_EQ(limitErrors(all.diagnostics(), 25).size(), 25u);
}

class AssetLimits : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "migc-assets-XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
    std::ofstream(dir_ / "migc.json") << "{ \"baseline\": \"none\" }\n";
  }
  void TearDown() override { fs::remove_all(dir_); }
  void check(const std::string& code, Workspace& ws) {
    std::ofstream(dir_ / "main.mig") << "migration \"m\" { region = \"us-east-1\" }\n"
                                     << "function f { runtime = \"python3.12\"; handler = \"app.handler\"; code = \""
                                     << code << "\" }\n";
    std::string error;
    EXPECT_TRUE(runCheckPipeline({dir_.string()}, {}, ws, error)) << error;
  }
  fs::path dir_;
};

TEST_F(AssetLimits, AFifoIsRefusedNotWaitedOn) {
  ASSERT_EQ(mkfifo((dir_ / "pipe").c_str(), 0600), 0);
  Workspace ws;
  check("pipe", ws);
  EXPECT_PRODUCES(ws.diags, "MIG1024");
}

TEST_F(AssetLimits, MoreThan64MiBIsRefusedUnread) {
  fs::create_directories(dir_ / "code");
  std::ofstream(dir_ / "code" / "big.bin").close();
  fs::resize_file(dir_ / "code" / "big.bin", (uintmax_t(64) << 20) + 1);  // sparse
  Workspace ws;
  check("code", ws);
  EXPECT_PRODUCES(ws.diags, "MIG1025");
}

}  // namespace
}  // namespace migc
