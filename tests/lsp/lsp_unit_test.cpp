// Parts of the language server on their own: positions in UTF-16 and
// UTF-8, incremental edits, URIs, JSON-RPC framing, the completion context
// read from half-typed text, and local scopes.
#include <gtest/gtest.h>
#include <unistd.h>

#include "lsp/completion_context.h"
#include "lsp/documents.h"
#include "lsp/syntax_query.h"
#include "lsp/transport.h"
#include "syntax/parse.h"

namespace migc::lsp {
namespace {

using Where = CompletionContext::Where;

TEST(Positions, Utf16CountsSurrogatePairsAsTwo) {
  std::string text = "a\n\xc3\xa9\xf0\x9f\x98\x80x\n";  // é (2 bytes, 1 unit), 😀 (4 bytes, 2 units), x
  LineIndex lines(text);
  EXPECT_EQ(lines.offset(text, 1, 0, Encoding::Utf16), 2u);
  EXPECT_EQ(lines.offset(text, 1, 1, Encoding::Utf16), 4u);
  EXPECT_EQ(lines.offset(text, 1, 3, Encoding::Utf16), 8u);   // x
  EXPECT_EQ(lines.offset(text, 1, 2, Encoding::Utf16), 4u);   // inside the pair: before it
  EXPECT_EQ(lines.offset(text, 1, 7, Encoding::Utf8), 9u);    // past the end clamps to it
  EXPECT_EQ(lines.offset(text, 9, 0, Encoding::Utf16), text.size());
  EXPECT_EQ(lines.position(text, 8, Encoding::Utf16), (json{{"line", 1}, {"character", 3}}));
  EXPECT_EQ(lines.position(text, 8, Encoding::Utf8), (json{{"line", 1}, {"character", 6}}));
}

TEST(Documents, IncrementalChangesApplyInOrder) {
  DocumentStore store;
  store.open("file:///w/a.mig", "let a = 1\nlet b = 2\n", 1);
  json changes = json::array({
      {{"range", {{"start", {{"line", 0}, {"character", 8}}}, {"end", {{"line", 0}, {"character", 9}}}}}, {"text", "10"}},
      {{"range", {{"start", {{"line", 1}, {"character", 0}}}, {"end", {{"line", 2}, {"character", 0}}}}}, {"text", ""}}});
  ASSERT_TRUE(store.change("file:///w/a.mig", changes, 2, Encoding::Utf16));
  EXPECT_EQ(store.find("file:///w/a.mig")->text, "let a = 10\n");
  EXPECT_EQ(store.find("file:///w/a.mig")->version, 2);
  EXPECT_FALSE(store.change("file:///w/other.mig", changes, 2, Encoding::Utf16));
  EXPECT_EQ(store.findByPath("/w/a.mig")->uri, "file:///w/a.mig");
}

TEST(Documents, UrisAndPaths) {
  EXPECT_EQ(uriToPath("file:///tmp/a%20b/c.mig"), "/tmp/a b/c.mig");
  EXPECT_EQ(uriToPath("file://localhost/x.mig"), "/x.mig");
  EXPECT_EQ(uriToPath("untitled:Untitled-1"), "");
  EXPECT_EQ(pathToUri("/tmp/a b/c.mig"), "file:///tmp/a%20b/c.mig");
}

TEST(Transport, FramesRoundTripAndBadFramesAreReported) {
  int to_server[2], from_server[2];
  ASSERT_EQ(pipe(to_server), 0);
  ASSERT_EQ(pipe(from_server), 0);
  std::string input = "Content-Length: 2\r\n\r\n{}" "Content-Length: 3\r\n\r\nnot" "X-Other: 1\r\n\r\n";
  ASSERT_EQ(write(to_server[1], input.data(), input.size()), static_cast<ssize_t>(input.size()));
  close(to_server[1]);
  Transport t(to_server[0], from_server[1]);
  json m;
  std::string error;
  EXPECT_EQ(t.read(m, error), Transport::Status::Message);
  EXPECT_TRUE(m.is_object() && error.empty());
  EXPECT_EQ(t.read(m, error), Transport::Status::Message);
  EXPECT_TRUE(m.is_null());
  EXPECT_EQ(error, "the message is not JSON");
  EXPECT_EQ(t.read(m, error), Transport::Status::Message);
  EXPECT_NE(error.find("Content-Length"), std::string::npos);
  EXPECT_EQ(t.read(m, error), Transport::Status::Closed);
  t.write({{"a", 1}});
  char buf[64] = {};
  ssize_t n = read(from_server[0], buf, sizeof buf - 1);
  EXPECT_EQ(std::string(buf, static_cast<size_t>(n)), "Content-Length: 7\r\n\r\n{\"a\":1}");
  close(to_server[0]);
  close(from_server[0]);
  close(from_server[1]);
}

// The context at the `|` in `text`.
CompletionContext at(std::string text) {
  size_t bar = text.find('|');
  text.erase(bar, 1);
  return completionContext(text, static_cast<uint32_t>(bar));
}

TEST(CompletionContext, TopLevelAndBlockBodies) {
  EXPECT_EQ(at("network main { zones = 2 }\ncl|").where, Where::TopLevel);
  CompletionContext c = at("cluster db {\n  engine = aurora_postgresql(\"16.4\")\n  backup {\n    re|");
  EXPECT_EQ(c.where, Where::BlockBody);
  EXPECT_EQ(c.blocks, (std::vector<std::string>{"cluster", "backup"}));
  EXPECT_EQ(c.prefix, "re");
  // Unclosed strings and comments above do not confuse it.
  c = at("// a { comment\n/* { */ @allow(MIG5001, reason = \"a { b\") cluster db {\n  network = main\n  |");
  EXPECT_EQ(c.where, Where::BlockBody);
  EXPECT_EQ(c.blocks, (std::vector<std::string>{"cluster"}));
  EXPECT_EQ(c.written, (std::vector<std::string>{"network"}));
  // Inside a map, if and for bodies.
  EXPECT_EQ(at("migration \"m\" { tags = { |").where, Where::Nothing);
  c = at("if true {\n  for x in [1] {\n    topic t { | ");
  EXPECT_EQ(c.blocks, (std::vector<std::string>{"topic"}));
  c = at("component c(a: int) {\n  |");
  EXPECT_EQ(c.where, Where::TopLevel);
  EXPECT_TRUE(c.in_component);
}

TEST(CompletionContext, ValuesMembersUnitsVersions) {
  CompletionContext c = at("pipeline p {\n  mode = f|");
  EXPECT_EQ(c.where, Where::Value);
  EXPECT_EQ(c.field, "mode");
  EXPECT_EQ(c.prefix, "f");
  c = at("alarm a {\n  notify = [alerts, |");
  EXPECT_EQ(c.where, Where::Value);
  EXPECT_EQ(c.field, "notify");
  c = at("alarm a {\n  watch = db.c|");
  EXPECT_EQ(c.where, Where::Member);
  EXPECT_EQ(c.object, "db");
  EXPECT_EQ(c.prefix, "c");
  c = at("secret s {\n  rotation = on\n  rotate_every = 30|");
  EXPECT_EQ(c.where, Where::Unit);
  EXPECT_EQ(c.field, "rotate_every");
  EXPECT_EQ(c.prefix, "");
  c = at("cluster db {\n  engine = aurora_postgresql(\"16.|");
  EXPECT_EQ(c.where, Where::EngineVersion);
  EXPECT_EQ(c.function, "aurora_postgresql");
  EXPECT_EQ(c.prefix, "16.");
  EXPECT_EQ(at("let x = \"in a ${|").where, Where::Value);
  EXPECT_EQ(at("// cluster db {|").where, Where::Nothing);
  EXPECT_EQ(at("@al|").where, Where::Annotation);
  // A finished value on the line above ends its item.
  c = at("cluster db {\n  readers = 1\n  |");
  EXPECT_EQ(c.where, Where::BlockBody);
}

TEST(LocalScopes, LoopVariablesAndComponentParameters) {
  std::string text =
      "for i, name in [\"a\"] {\n  topic \"t${i}\" { display = name }\n}\n"
      "component c(size: int) {\n  let x = size\n  let y = [for size in [1] : size]\n}\nlet z = i\n";
  ParseResult r = parseFile(FileId{0}, text);
  ASSERT_FALSE(r.diags.hasErrors());
  const Ast& ast = r.ast;
  auto use = [&](std::string_view word, int n) {
    size_t at = 0;
    for (int k = 0; k <= n; ++k) at = text.find(word, k ? at + 1 : 0);
    return static_cast<uint32_t>(at);
  };
  uint32_t i_use = use("i}", 0);
  auto b = localBindingAt(ast, text, pathAt(ast, i_use), i_use);
  ASSERT_TRUE(b);
  EXPECT_EQ(b->name, "i");
  EXPECT_EQ(b->name_range.begin, 4u);
  EXPECT_EQ(localUses(ast, text, *b).size(), 1u);  // `let z = i` is outside the loop
  uint32_t size_use = use("size\n", 0);
  auto s = localBindingAt(ast, text, pathAt(ast, size_use), size_use);
  ASSERT_TRUE(s);
  EXPECT_EQ(ast.node(s->binder).kind, NodeKind::ComponentParam);
  // The comprehension's own `size` hides the parameter inside it.
  EXPECT_EQ(localUses(ast, text, *s).size(), 1u);
  EXPECT_FALSE(localBindingAt(ast, text, pathAt(ast, use("i\n", 0)), use("i\n", 0)));
}

}  // namespace
}  // namespace migc::lsp
