// Layout of HCL text exactly as `terraform fmt` leaves it, so emitted files
// pass `terraform fmt -check` unchanged. The rules (found by running
// `terraform fmt -` on probes):
//  * two spaces per nesting level;
//  * in a block body or a multi-line object, a run of consecutive one-line
//    `name = value` entries has its `=` aligned one column after the longest
//    name (quoted keys count their quotes); an entry whose value spans
//    several lines, a nested block or a blank line ends the run, and the
//    multi-line entry itself keeps a single space before `=`;
//  * multi-line lists put one item per line with a trailing comma;
//  * fmt never re-wraps lines, so one-line lists/objects stay as written.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace migc::terraform::hcl {

// An expression as text lines. lines[0] continues the line it starts on
// (after `name = ` or an opening bracket); later lines carry their own
// absolute indentation.
using Expr = std::vector<std::string>;

struct Body;

struct Item {
  enum class Kind { Attribute, Block, Blank };
  Kind kind = Kind::Blank;
  std::string name;  // attribute name, or the whole block header (`resource "t" "l"`)
  Expr value;        // Attribute only
  std::unique_ptr<Body> body;  // Block only
};

struct Body {
  std::vector<Item> items;
  void attribute(std::string name, Expr value);
  Body& block(std::string header);
  // A blank line, unless the body is empty or already ends with one.
  void blank();
};

// Writes `body` with its items at `indent` spaces.
void write(const Body& body, int indent, std::string& out);

// A key/value entry of a multi-line object constructor.
struct Entry {
  std::string key;  // already quoted when it must be
  Expr value;
};

// `{}` or a multi-line object whose entries are at indent + 2 and whose
// closing brace is at `indent` (the indentation of the line it starts on).
Expr object(const std::vector<Entry>& entries, int indent);

// `[a, b]` when every item is one line and the result is short, otherwise
// one item per line (indent + 2) with trailing commas.
Expr list(const std::vector<Expr>& items, int indent);

// A double-quoted HCL string literal: `\` `"` and control characters
// escaped, and the template introducers `${` / `%{` doubled so the text
// stays literal.
std::string quote(std::string_view text);

// Escapes literal text for use inside a template string (no quotes added).
std::string escapeTemplate(std::string_view text);

// The key as written in an object constructor: bare when it is a plain
// identifier that cannot be read as a keyword, otherwise quoted.
std::string objectKey(std::string_view key);

}  // namespace migc::terraform::hcl
