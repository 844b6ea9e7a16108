// sema's symbol index (sema/symbol_index.h): where each name is declared and
// every use sema resolved, with exact identifier ranges, kept once however
// often a loop or component evaluates it.
#include <gtest/gtest.h>

#include <string>

#include "sema/elaborate.h"
#include "syntax/parse.h"

namespace migc {
namespace {

using sema::SymbolIndex;

struct Indexed {
  SourceManager sm;
  std::vector<Ast> asts;
  DiagnosticSink diags;
  SymbolIndex index;
  ir::Program program;
  std::string text;

  explicit Indexed(std::string source) : text(std::move(source)) {
    FileId f = sm.add("test.mig", text);
    ParseResult r = parseFile(f, sm.text(f));
    EXPECT_FALSE(r.diags.hasErrors());
    asts.push_back(std::move(r.ast));
    program = sema::elaborate(sm, {{&asts[0], sm.text(f), ""}}, diags, {}, &index);
  }
  std::string_view at(SourceRange r) const { return std::string_view(text).substr(r.begin, r.end - r.begin); }
  const SymbolIndex::Declaration& declaration(std::string_view name) const {
    for (const auto& d : index.declarations)
      if (d.name == name) return d;
    ADD_FAILURE() << "no declaration " << name;
    return index.declarations.front();
  }
  uint32_t id(std::string_view name) const {
    return static_cast<uint32_t>(&declaration(name) - index.declarations.data());
  }
  // Offset of the n-th (0-based) whole-word occurrence of `word`.
  uint32_t offsetOf(std::string_view word, int n = 0) const {
    size_t at = 0;
    for (int seen = -1;; ++at) {
      at = text.find(word, at);
      if (at == std::string::npos) return UINT32_MAX;
      bool starts = at == 0 || !(std::isalnum(static_cast<unsigned char>(text[at - 1])) || text[at - 1] == '_');
      char after = at + word.size() < text.size() ? text[at + word.size()] : ' ';
      if (starts && !(std::isalnum(static_cast<unsigned char>(after)) || after == '_') && ++seen == n)
        return static_cast<uint32_t>(at);
    }
  }
};

constexpr const char* kProgram = R"(migration "m" { region = "us-east-1" }
@file:allow(MIG5001, reason = "let and param appear here: let x")
param suffix: string = "dev"
let retention = 7d
network main { zones = 2 }
secret admin { username = "dbadmin" }
cluster db {
  engine      = aurora_postgresql("16.4")
  network     = main
  credentials = admin
  backup { retention = retention }
}
output endpoint = db.endpoint
output named = "db-${suffix}"
)";

TEST(SymbolIndex, DeclarationsHaveTheirIdentifierRanges) {
  Indexed t(kProgram);
  EXPECT_FALSE(t.diags.hasErrors());
  EXPECT_EQ(t.at(t.declaration("suffix").name_range), "suffix");
  EXPECT_EQ(t.declaration("suffix").name_range.begin, t.offsetOf("suffix"));
  EXPECT_EQ(t.declaration("retention").kind, SymbolIndex::Kind::Let);
  // The annotation before `param` mentions `let`; the name is found after the keyword.
  EXPECT_EQ(t.declaration("retention").name_range.begin, t.offsetOf("retention", 0));
  EXPECT_EQ(t.at(t.declaration("endpoint").name_range), "endpoint");
  const auto& db = t.declaration("db");
  EXPECT_EQ(db.kind, SymbolIndex::Kind::Object);
  EXPECT_EQ(db.object_kind, "cluster");
  EXPECT_EQ(t.at(db.name_range), "db");
  ASSERT_GE(db.object, 0);
  EXPECT_EQ(t.program.objects[static_cast<size_t>(db.object)].name, "db");
}

TEST(SymbolIndex, UsesResolveToDeclarations) {
  Indexed t(kProgram);
  // `network = main`: the second `main` is a use.
  const SymbolIndex::Reference* main = t.index.referenceAt(FileId{0}, t.offsetOf("main", 1));
  ASSERT_NE(main, nullptr);
  EXPECT_EQ(main->declaration, t.id("main"));
  EXPECT_EQ(t.at(main->range), "main");
  // `retention = retention`: the value is the let; the key is not a use.
  EXPECT_EQ(t.index.referenceAt(FileId{0}, t.offsetOf("retention", 1)), nullptr);
  const SymbolIndex::Reference* let = t.index.referenceAt(FileId{0}, t.offsetOf("retention", 2));
  ASSERT_NE(let, nullptr);
  EXPECT_EQ(let->declaration, t.id("retention"));
  // In an interpolation.
  const SymbolIndex::Reference* suffix = t.index.referenceAt(FileId{0}, t.offsetOf("suffix", 1));
  ASSERT_NE(suffix, nullptr);
  EXPECT_EQ(suffix->declaration, t.id("suffix"));
  EXPECT_EQ(t.index.symbolAt(FileId{0}, t.offsetOf("suffix", 1)), static_cast<int>(t.id("suffix")));
  EXPECT_EQ(t.index.symbolAt(FileId{0}, t.offsetOf("suffix", 0)), static_cast<int>(t.id("suffix")));
}

TEST(SymbolIndex, AttributesAreUsesOfTheirObject) {
  Indexed t(kProgram);
  const SymbolIndex::Reference* endpoint = t.index.referenceAt(FileId{0}, t.offsetOf("endpoint", 1));
  ASSERT_NE(endpoint, nullptr);
  EXPECT_EQ(endpoint->attribute, "endpoint");
  EXPECT_EQ(t.at(endpoint->range), "endpoint");
  EXPECT_EQ(endpoint->declaration, t.id("db"));
  // `db` in `db.endpoint` is a use of the object; the attribute use is not
  // counted among the object's references.
  auto uses = t.index.referencesTo(t.id("db"));
  ASSERT_EQ(uses.size(), 1u);
  EXPECT_EQ(uses[0]->range.begin, t.offsetOf("db", 1));
}

TEST(SymbolIndex, LetValuesAreRecorded) {
  Indexed t(kProgram);
  const auto& retention = t.declaration("retention");
  EXPECT_EQ(retention.value.kind, ir::Value::Kind::Quantity);
  EXPECT_EQ(retention.value.number, 7 * 86400);
}

TEST(SymbolIndex, ALoopBodyIsIndexedOnce) {
  Indexed t(R"(migration "m" { region = "us-east-1" }
let prefix = "t"
for i in range(3) {
  topic "${prefix}${i}" {}
}
)");
  EXPECT_FALSE(t.diags.hasErrors());
  EXPECT_EQ(t.index.referencesTo(t.id("prefix")).size(), 1u);
  EXPECT_EQ(t.declaration("t2").object_kind, "topic");
}

TEST(SymbolIndex, AComponentUseIsAUseOfTheComponent) {
  Indexed t(R"(migration "m" { region = "us-east-1" }
component alerts(name: string) {
  topic t { }
}
alerts first { name = "a" }
alerts second { name = "b" }
)");
  EXPECT_FALSE(t.diags.hasErrors()) << (t.diags.diagnostics().empty() ? "" : t.diags.diagnostics()[0].message);
  const auto& c = t.declaration("alerts");
  EXPECT_EQ(c.kind, SymbolIndex::Kind::Component);
  EXPECT_EQ(t.at(c.name_range), "alerts");
  auto uses = t.index.referencesTo(t.id("alerts"));
  ASSERT_EQ(uses.size(), 2u);
  EXPECT_EQ(t.at(uses[0]->range), "alerts");
  // Objects a component declares carry the instance's prefix, and the label inside the body.
  EXPECT_EQ(t.at(t.declaration("first_t").name_range), "t");
}

TEST(SymbolIndex, NothingIsRecordedWithoutAnIndex) {
  // The same program elaborated without an index: identical diagnostics.
  Indexed with(kProgram);
  SourceManager sm;
  FileId f = sm.add("test.mig", kProgram);
  ParseResult r = parseFile(f, sm.text(f));
  DiagnosticSink diags;
  sema::elaborate(sm, {{&r.ast, sm.text(f), ""}}, diags);
  EXPECT_EQ(diags.diagnostics().size(), with.diags.diagnostics().size());
  EXPECT_FALSE(with.index.declarations.empty());
}

TEST(SymbolIndex, DeclaredNameRangeSkipsTheKeywordsText) {
  std::string text = "let letter = 1";
  SourceRange r = sema::declaredNameRange(FileId{0}, text, 0, static_cast<uint32_t>(text.size()), "let", "letter");
  EXPECT_EQ(r.begin, 4u);
  EXPECT_EQ(r.end, 10u);
  SourceRange none = sema::wordRange(FileId{0}, text, 0, static_cast<uint32_t>(text.size()), "lett");
  EXPECT_FALSE(none.file.valid());
}

}  // namespace
}  // namespace migc
