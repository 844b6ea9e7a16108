// Code assets: the hand-written STORED zip is a valid archive (signatures,
// CRC-32, sizes, sorted entries, fixed dates), the same bytes every time,
// and building a function for CloudFormation says a packaging step remains
// (MIG3010, a note the .mig expectations do not count).
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>

#include "backend.h"
#include "support/emit_all.h"
#include "driver/pipeline.h"
#include "assets/asset_zip.h"
#include "support/produces.h"

namespace migc {
namespace {

uint32_t read32(const std::string& s, size_t at) {
  return uint32_t(uint8_t(s[at])) | uint32_t(uint8_t(s[at + 1])) << 8 | uint32_t(uint8_t(s[at + 2])) << 16 |
         uint32_t(uint8_t(s[at + 3])) << 24;
}
uint16_t read16(const std::string& s, size_t at) { return uint16_t(uint8_t(s[at]) | uint8_t(s[at + 1]) << 8); }

TEST(Assets, StoredZipIsSortedDatedAndChecksummed) {
  std::string zip = assets::storedZip({{"b.txt", "hello"}, {"a/x.py", ""}});
  ASSERT_EQ(read32(zip, 0), 0x04034b50u);       // first local header
  EXPECT_EQ(zip.substr(30, 6), "a/x.py");        // sorted: a/x.py before b.txt
  EXPECT_EQ(read16(zip, 10), 0);                 // 00:00:00
  EXPECT_EQ(read16(zip, 12), (1 << 5) | 1);      // 1980-01-01
  size_t second = 30 + 6;                        // empty first file
  ASSERT_EQ(read32(zip, second), 0x04034b50u);
  EXPECT_EQ(read32(zip, second + 14), 0x3610a686u);  // CRC-32 of "hello"
  EXPECT_EQ(read32(zip, second + 18), 5u);
  EXPECT_EQ(zip.substr(second + 30 + 5, 5), "hello");
  size_t eocd = zip.size() - 22;
  ASSERT_EQ(read32(zip, eocd), 0x06054b50u);
  EXPECT_EQ(read16(zip, eocd + 10), 2);
  EXPECT_EQ(read32(zip, read32(zip, eocd + 16)), 0x02014b50u);  // central directory where it says
  EXPECT_EQ(zip, assets::storedZip({{"a/x.py", ""}, {"b.txt", "hello"}}));
  // What `openssl dgst -sha256 -binary | base64` gives for "abc".
  EXPECT_EQ(assets::sha256Base64("abc"), "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
}

// The Unix mode of each entry, from the central directory (external
// attributes, high 16 bits), by path.
std::map<std::string, uint32_t> entryModes(const std::string& zip) {
  std::map<std::string, uint32_t> modes;
  size_t eocd = zip.size() - 22;
  size_t at = read32(zip, eocd + 16);
  for (int i = 0; i < read16(zip, eocd + 10); ++i) {
    EXPECT_EQ(read32(zip, at), 0x02014b50u);
    uint16_t name_len = read16(zip, at + 28), extra = read16(zip, at + 30), comment = read16(zip, at + 32);
    modes[zip.substr(at + 46, name_len)] = read32(zip, at + 38) >> 16;
    at += 46 + name_len + extra + comment;
  }
  return modes;
}

TEST(Assets, ExecutableEntriesKeepTheirMode) {
  auto modes = entryModes(assets::storedZip({{"bootstrap", "#!/bin/sh\n", true}, {"handler.py", ""}}));
  EXPECT_EQ(modes["bootstrap"], 0100755u);
  EXPECT_EQ(modes["handler.py"], 0100644u);
}

// A provided.al2023 function's folder: `bootstrap` runs whatever its mode in
// the checkout, a script marked executable stays so, the rest is 0644.
TEST(Assets, PackagedFolderKeepsExecutableBits) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("migc-assets-" + std::to_string(::getpid()));
  fs::create_directories(dir / "bin");
  auto write = [&](const fs::path& p, fs::perms perms) {
    std::ofstream(dir / p) << "x";
    fs::permissions(dir / p, perms);
  };
  constexpr auto rw = fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read;
  write("bootstrap", rw);
  write("bin/run.sh", rw | fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec);
  write("lib.py", rw);
  assets::PackagedAsset packaged;
  std::string error;
  ASSERT_TRUE(assets::packageAsset(dir, packaged, error)) << error;
  fs::remove_all(dir);
  auto modes = entryModes(packaged.zip);
  EXPECT_EQ(modes["bootstrap"], 0100755u);
  EXPECT_EQ(modes["bin/run.sh"], 0100755u);
  EXPECT_EQ(modes["lib.py"], 0100644u);
}

TEST(Assets, CloudFormationSaysToPackage) {
  Workspace ws;
  std::string error;
  ASSERT_TRUE(runCheckPipeline({MIGC_TESTS_DIR "/conformance/rule-schedule"}, {}, ws, error)) << error;
  ASSERT_FALSE(ws.diags.hasErrors());
  for (const auto& [target, files] : test::emitAll(ws)) {
    if (target == "runbook") continue;  // runbook.md: not a target
    bool has_zip = false;
    for (const auto& f : files) has_zip |= f.path == "assets/sweep.zip" && f.content.substr(0, 4) == "PK\x03\x04";
    EXPECT_TRUE(has_zip) << target;
  }
  EXPECT_PRODUCES(ws.diags, "MIG3010");
}

}  // namespace
}  // namespace migc
