// Workspace confinement (base/confine.h): symlinks followed, roots
// enforced, only regular files, sizes checked before a byte is read.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "base/confine.h"
#include "base/parallel.h"

namespace migc {
namespace {
namespace fs = std::filesystem;

class Confine : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "migc-confine-XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
    fs::create_directories(dir_ / "ws" / "code");
    fs::create_directories(dir_ / "outside");
    write(dir_ / "ws" / "code" / "app.py", "print(1)\n");
    write(dir_ / "outside" / "secret.txt", "secret\n");
  }
  void TearDown() override { fs::remove_all(dir_); }
  static void write(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }
  fs::path ws() const { return dir_ / "ws"; }
  fs::path dir_;
};

TEST_F(Confine, InsideIsAcceptedWithItsCanonicalPath) {
  ConfinedPath c = confinePath(ws() / "code" / ".." / "code" / "app.py", {ws()}, false);
  EXPECT_EQ(c.status, Confined::Ok);
  EXPECT_EQ(c.path, fs::canonical(ws() / "code" / "app.py"));
  EXPECT_EQ(c.size, 9u);
  ConfinedPath d = confinePath(ws() / "code", {ws()}, true);
  EXPECT_EQ(d.status, Confined::Ok);
  EXPECT_TRUE(d.directory);
  EXPECT_EQ(confinePath(ws() / "code", {ws()}, false).status, Confined::NotRegular);
}

TEST_F(Confine, EscapesAreOutside) {
  EXPECT_EQ(confinePath(ws() / ".." / "outside" / "secret.txt", {ws()}, false).status, Confined::Outside);
  EXPECT_EQ(confinePath("/proc/self/environ", {ws()}, false).status, Confined::Outside);
  fs::create_symlink(dir_ / "outside" / "secret.txt", ws() / "link.txt");
  ConfinedPath c = confinePath(ws() / "link.txt", {ws()}, false);
  EXPECT_EQ(c.status, Confined::Outside);
  EXPECT_EQ(c.path, fs::canonical(dir_ / "outside" / "secret.txt"));
  // A sibling whose name starts like the root is not under it.
  fs::create_directories(dir_ / "ws2");
  write(dir_ / "ws2" / "x", "x");
  EXPECT_EQ(confinePath(dir_ / "ws2" / "x", {ws()}, false).status, Confined::Outside);
  EXPECT_EQ(confinePath(ws() / "missing", {ws()}, false).status, Confined::Missing);
}

TEST_F(Confine, DirectoriesHoldOnlyConfinedRegularFiles) {
  fs::create_symlink(dir_ / "outside" / "secret.txt", ws() / "code" / "leak.txt");
  EXPECT_EQ(confinePath(ws() / "code", {ws()}, true).status, Confined::NotRegular);
  fs::remove(ws() / "code" / "leak.txt");
  ASSERT_EQ(mkfifo((ws() / "code" / "pipe").c_str(), 0600), 0);
  EXPECT_EQ(confinePath(ws() / "code", {ws()}, true).status, Confined::NotRegular);
  EXPECT_EQ(confinePath(ws() / "code" / "pipe", {ws()}, false).status, Confined::NotRegular);
}

TEST_F(Confine, SizeIsCheckedBeforeReading) {
  fs::path big = ws() / "big.mig";
  write(big, "");
  fs::resize_file(big, uintmax_t(16) << 30);  // sparse: nothing is written
  EXPECT_EQ(confinePath(big, {ws()}, false).status, Confined::TooLarge);
  std::string text;
  uintmax_t size = 0;
  EXPECT_EQ(readBounded(big, kMaxInputBytes, text, size), ReadStatus::TooLarge);
  EXPECT_EQ(size, uintmax_t(16) << 30);
  EXPECT_TRUE(text.empty());
  EXPECT_EQ(readBounded("/dev/zero", kMaxInputBytes, text, size), ReadStatus::NotRegular);
  EXPECT_EQ(readBounded(ws() / "code" / "app.py", 4, text, size), ReadStatus::TooLarge);
  EXPECT_EQ(readBounded(ws() / "code" / "app.py", 9, text, size), ReadStatus::Ok);
  EXPECT_EQ(text, "print(1)\n");
}

TEST(Parallel, AnExceptionInAWorkerIsRethrownToTheCaller) {
  EXPECT_THROW(parallelFor(8, [](size_t i) { if (i == 3) throw std::bad_alloc(); }, 2), std::bad_alloc);
}

}  // namespace
}  // namespace migc
