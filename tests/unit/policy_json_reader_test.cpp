// The positioned JSON reader behind migc.json: values and where they are,
// and the first syntax error with its position.
#include <gtest/gtest.h>

#include "policy/json_reader.h"

namespace migc::policy {
namespace {

std::optional<JsonNode> parse(std::string_view text, JsonError& error) { return parseJson(text, FileId{0}, error); }

TEST(JsonReader, KeepsValuesAndTheirRanges) {
  std::string_view text = R"({"a": [1, 2.5, "x\u00e9\n"], "b": {"c": true, "d": null}})";
  JsonError error;
  auto root = parse(text, error);
  ASSERT_TRUE(root) << error.message;
  const JsonNode* a = root->get("a");
  ASSERT_TRUE(a && a->type == JsonNode::Type::Array && a->items.size() == 3u);
  EXPECT_TRUE(a->items[0].integral);
  EXPECT_FALSE(a->items[1].integral);
  EXPECT_EQ(a->items[1].number, 2.5);
  EXPECT_EQ(a->items[2].text, "x\xc3\xa9\n");
  EXPECT_EQ(text.substr(a->range.begin, a->range.end - a->range.begin), R"([1, 2.5, "x\u00e9\n"])");
  SourceRange key = root->keyRange("b");
  EXPECT_EQ(text.substr(key.begin, key.end - key.begin), "\"b\"");
  EXPECT_TRUE(root->get("b")->get("c")->boolean);
  EXPECT_EQ(root->get("b")->get("d")->type, JsonNode::Type::Null);
}

struct Broken {
  const char* text;
  const char* message;
  uint32_t at;
};

class JsonReaderErrors : public ::testing::TestWithParam<Broken> {};

TEST_P(JsonReaderErrors, ReportTheFirstProblemWhereItIs) {
  JsonError error;
  EXPECT_FALSE(parse(GetParam().text, error));
  EXPECT_NE(error.message.find(GetParam().message), std::string::npos) << error.message;
  EXPECT_EQ(error.range.begin, GetParam().at) << error.message;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, JsonReaderErrors,
    ::testing::Values(Broken{R"({"a": 1,})", "expected a member name", 8},
                      Broken{R"({"a" 1})", "expected ':'", 5},
                      Broken{R"({"a": 1, "a": 2})", "duplicate member \"a\"", 9},
                      Broken{R"({"a": [1, 2)", "this '[' is never closed", 6},
                      Broken{R"({"a": "x)", "unterminated string", 6},
                      Broken{R"({"a": "\q"})", "invalid escape", 7},
                      Broken{R"({"a": tru})", "expected a value", 6},
                      Broken{R"({} [])", "unexpected text after the JSON value", 3},
                      Broken{R"({"a": -})", "invalid number", 6},
                      Broken{"", "expected a value, found end of file", 0}));

TEST(JsonReader, BoundsNesting) {
  std::string deep(200, '[');
  JsonError error;
  EXPECT_FALSE(parse(deep, error));
  EXPECT_NE(error.message.find("nested too deeply"), std::string::npos) << error.message;
}

}  // namespace
}  // namespace migc::policy
