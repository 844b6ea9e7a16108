// Internal to the formatter: the file as lines of atoms. An atom is one
// token as the parser sees it, except that a whole string literal (with its
// interpolations) and a whole comment are single atoms: the formatter never
// looks inside them, so it cannot change them.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace migc::format {

enum class AtomKind { Code, String, LineComment, BlockComment };

struct Atom {
  size_t type = 0;  // MigLexer token type; DQUOTE for a whole string
  std::string_view text;
  AtomKind kind = AtomKind::Code;

  bool isCode() const { return kind == AtomKind::Code || kind == AtomKind::String; }
  bool isComment() const { return !isCode(); }
};

struct Line {
  std::vector<Atom> atoms;  // never empty
  unsigned blanks_before = 0;  // blank lines between this line and the previous one
};

// Splits the text into non-empty lines. Whitespace is dropped; blank lines
// are counted. By the hand-written lexer (splitLinesFast), or by the
// generated one when that gives up (splitLinesAntlr); both are exposed for
// the test that holds them to the same lines.
std::vector<Line> splitLines(std::string_view text);
std::optional<std::vector<Line>> splitLinesFast(std::string_view text);
std::vector<Line> splitLinesAntlr(std::string_view text);

// Per-atom spacing facts, decided by a left-to-right pass over the whole
// file (context such as "this '-' is unary" crosses line ends).
struct Spacing {
  bool tight_before = false;  // no space between the previous atom and this one
  bool tight_after = false;   // no space between this atom and the next one
};
// Returns one Spacing per atom, in the order of `lines`.
std::vector<std::vector<Spacing>> computeSpacing(const std::vector<Line>& lines);

// Inserts a trailing ',' after the last element of a list or argument list
// whose closing bracket starts a line, and removes one before a closing
// bracket on the same line as its opener.
void normalizeTrailingCommas(std::vector<Line>& lines);

// Token-class helpers shared by the passes.
bool isOpener(size_t type);
bool isCloser(size_t type);
// An atom after which '(' is a call and '[' an index.
bool isCallable(const Atom& a);

}  // namespace migc::format
