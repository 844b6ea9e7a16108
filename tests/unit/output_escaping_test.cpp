// What a program's text may put in the outputs' header comments: nothing a
// reader would take for a line break or a control character.
#include <gtest/gtest.h>

#include "model/yaml_quote.h"

namespace migc::model {
namespace {

TEST(OutputEscaping, CommentLinesEndOnlyAtNewline) {
  EXPECT_EQ(commentLines("x\rTransform: EvilMacro\r#"), "# x\\u000DTransform: EvilMacro\\u000D#\n");
  EXPECT_EQ(commentLines("a\xE2\x80\xA8" "b"), "# a\\u2028b\n");   // LS
  EXPECT_EQ(commentLines("a\xE2\x80\xA9" "b"), "# a\\u2029b\n");   // PS
  EXPECT_EQ(commentLines("a\xC2\x85" "b"), "# a\\u0085b\n");       // NEL
  EXPECT_EQ(commentLines("a\x7f" "b"), "# a\\u007Fb\n");           // DEL
  EXPECT_EQ(commentLines("a\xff" "b"), "# a\\xFFb\n");             // not UTF-8
  EXPECT_EQ(commentLines("one\r\ntwo\n\nthree"), "# one\n# two\n#\n# three\n");
  EXPECT_EQ(commentLines("tab\tand \xC3\xA9"), "# tab\tand \xC3\xA9\n");  // kept as is
}

TEST(OutputEscaping, DelIsEscapedInYamlStrings) {
  std::string yaml = emitYaml(nlohmann::ordered_json{{"k", "a\x7f" "b"}});
  EXPECT_EQ(yaml.find('\x7f'), std::string::npos) << yaml;
}

}  // namespace
}  // namespace migc::model
