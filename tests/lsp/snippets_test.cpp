// Completion snippets check clean: a kind's snippet (its required fields),
// every field's snippet and every nested block's snippet, accepted with the
// values they offer, type-check (no syntax, name or type error). Each
// reference placeholder names a declared object of the kind it needs.
#include <gtest/gtest.h>

#include <regex>

#include "driver/pipeline.h"
#include "lsp/snippets.h"

namespace migc::lsp {
namespace {

using Tag = sema::TypeSpec::Tag;

// A snippet as an editor inserts it when every placeholder is accepted
// as offered: ${n:text} -> text, ${n|a,b|} -> a, $n -> nothing.
std::string expand(std::string_view snippet) {
  std::string out;
  for (size_t i = 0; i < snippet.size(); ++i) {
    char c = snippet[i];
    if (c == '\\' && i + 1 < snippet.size()) {
      out.push_back(snippet[++i]);
    } else if (c == '$' && i + 1 < snippet.size() && std::isdigit(static_cast<unsigned char>(snippet[i + 1]))) {
      while (i + 1 < snippet.size() && std::isdigit(static_cast<unsigned char>(snippet[i + 1]))) ++i;
    } else if (c == '$' && i + 1 < snippet.size() && snippet[i + 1] == '{') {
      i += 2;
      while (i < snippet.size() && std::isdigit(static_cast<unsigned char>(snippet[i]))) ++i;
      bool choice = snippet[i] == '|';
      ++i;
      std::string inner;
      int depth = 0;
      for (; i < snippet.size(); ++i) {
        if (snippet[i] == '\\' && i + 1 < snippet.size()) { inner.push_back(snippet[++i]); continue; }
        if (snippet[i] == '$' && i + 1 < snippet.size() && snippet[i + 1] == '{') ++depth;  // a lone '{' is text
        if (snippet[i] == '}' && depth-- == 0) break;
        inner.push_back(snippet[i]);
      }
      if (choice) inner = inner.substr(0, inner.find_first_of(",|"));
      out += expand(inner);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

TEST(Snippets, ExpandFollowsTheSnippetSyntax) {
  EXPECT_EQ(expand("a = ${1:7d}"), "a = 7d");
  EXPECT_EQ(expand("m = ${1|cdc,full_load|}$0"), "m = cdc");
  EXPECT_EQ(expand("n = \"${1:{name\\}-x}\""), "n = \"{name}-x\"");
}

// Every kind once, each object named after its kind so that a reference
// placeholder (the referenced kind's name) finds it; every field written.
std::string programOfAllSnippets(const Query& q, bool all_fields) {
  std::string text = expand(std::string("migration \"snippets\" {\n  region = \"us-east-1\"\n}\n"));
  for (const sema::KindSchema* k : sema::allKinds()) {
    if (k->name == "migration") continue;  // written above: one per program
    std::string snippet = kindSnippet(q, *k);
    std::string body = expand(snippet);
    // The label placeholder `name` becomes the kind's name.
    body.replace(body.find(" name {"), 7, " " + k->name + " {");
    if (all_fields) {
      size_t close = body.rfind('}');
      std::string more;
      for (const sema::FieldSchema& f : k->fields) {
        if (f.required) continue;
        if (f.type.tag == Tag::Block) more += "  " + expand(blockSnippet(q, f.name, *f.type.block)) + "\n";
        else more += "  " + expand(fieldSnippet(q, f)) + "\n";
      }
      body.insert(close, more);
    }
    text += body + "\n";
  }
  return text;
}

class SnippetsCheck : public ::testing::TestWithParam<bool> {};

TEST_P(SnippetsCheck, TypeCheckClean) {
  Analysis a;
  std::string error;
  static std::optional<checks::StdlibData> stdlib = checks::loadStdlibData(MIGC_SOURCE_DIR "/stdlib", error);
  a.stdlib = stdlib ? &*stdlib : nullptr;
  ASSERT_TRUE(a.stdlib) << error;
  Query q{a, FileId{}, nullptr, {}, {}, 0, Encoding::Utf16};
  std::string text = programOfAllSnippets(q, GetParam());
  Workspace ws;
  FileId f = ws.sources.add("snippets.mig", text);
  ws.files.push_back(f);
  ParseResult parsed = parseFile(f, ws.sources.text(f));
  ws.diags.append(std::move(parsed.diags));
  ws.asts.push_back(std::move(parsed.ast));
  ASSERT_TRUE(checkLoadedWorkspace(MIGC_TESTS_DIR "/lsp", LoadOptions{}, ws, error)) << error;
  for (const Diagnostic& d : ws.diags.diagnostics()) {
    std::string_view code = d.code();
    if (code.starts_with("MIG0") || code.starts_with("MIG1")) {
      LineCol lc = ws.sources.lineCol(f, d.range.begin);
      ADD_FAILURE() << code << " at line " << lc.line << ": " << d.message << "\n  " << ws.sources.lineText(f, lc.line);
    }
  }
}

INSTANTIATE_TEST_SUITE_P(RequiredAndAllFields, SnippetsCheck, ::testing::Values(false, true),
                         [](const auto& info) { return info.param ? "AllFields" : "RequiredFields"; });

}  // namespace
}  // namespace migc::lsp
