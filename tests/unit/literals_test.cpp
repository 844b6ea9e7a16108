#include <gtest/gtest.h>

#include "syntax/literals.h"

namespace migc {
namespace {

TEST(Literals, IntegersWithSeparators) {
  auto v = parseNumber("1_000_000");
  ASSERT_TRUE(v);
  EXPECT_TRUE(v->is_integer);
  EXPECT_EQ(v->integer, 1000000);
}

TEST(Literals, Decimals) {
  auto v = parseNumber("0.5");
  ASSERT_TRUE(v);
  EXPECT_FALSE(v->is_integer);
  EXPECT_DOUBLE_EQ(v->value, 0.5);
}

TEST(Literals, IntegerOverflowIsRejected) {
  EXPECT_TRUE(parseNumber("9223372036854775807"));
  EXPECT_FALSE(parseNumber("9223372036854775808"));
}

TEST(Literals, SplitsUnitSuffix) {
  UnitSplit s = splitUnitLiteral("12.5GiB");
  EXPECT_EQ(s.number, "12.5");
  EXPECT_EQ(s.suffix, "GiB");
  ASSERT_NE(findUnit("GiB"), nullptr);
  EXPECT_EQ(findUnit("GiB")->dimension, UnitDimension::Size);
  EXPECT_EQ(findUnit("gib"), nullptr);  // units are case-sensitive
}

TEST(Literals, SuggestsUnits) {
  EXPECT_EQ(suggestUnit("days"), "d");
  EXPECT_EQ(suggestUnit("mins"), "m");
  EXPECT_EQ(suggestUnit("gib"), "GiB");
  EXPECT_EQ(suggestUnit("sec"), "s");
  EXPECT_FALSE(suggestUnit("xyz"));
}

TEST(Literals, Escapes) {
  EXPECT_EQ(decodeEscape('n'), '\n');
  EXPECT_EQ(decodeEscape('$'), '$');
  EXPECT_FALSE(decodeEscape('d'));
}

TEST(Literals, EditDistance) {
  EXPECT_EQ(editDistance("cluster", "clustr"), 1u);
  EXPECT_EQ(editDistance("", "abc"), 3u);
  EXPECT_EQ(editDistance("pipeline", "pipeline"), 0u);
}

}  // namespace
}  // namespace migc
