#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "diag/diagnostic_kind.h"

namespace migc {
namespace {

TEST(Registry, CodesAreWellFormedAndUnique) {
  std::set<std::string_view> codes, names;
  const std::regex code_re("MIG[0-9]{4}");
  for (const DiagInfo& info : allDiagInfos()) {
    EXPECT_TRUE(std::regex_match(std::string(info.code), code_re)) << info.code;
    EXPECT_TRUE(codes.insert(info.code).second) << "duplicate code " << info.code;
    EXPECT_TRUE(names.insert(info.name).second) << "duplicate name " << info.name;
    EXPECT_FALSE(info.summary.empty()) << info.code;
    EXPECT_FALSE(info.explanation.empty()) << info.code;
    EXPECT_EQ(info.explanation.back(), '\n') << info.code << " explanation must end in a newline";
  }
}

TEST(Registry, LookupIsCaseInsensitive) {
  auto k = findDiagByCode("mig0001");
  ASSERT_TRUE(k);
  EXPECT_EQ(diagInfo(*k).code, "MIG0001");
  EXPECT_FALSE(findDiagByCode("MIG9999"));
}

}  // namespace
}  // namespace migc
