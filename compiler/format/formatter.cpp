// The layout passes over the lines of atoms (format_lines.h): indentation
// from bracket depth, spacing, alignment of '=' and of trailing comments,
// and blank lines. Line structure is the author's: no line is ever joined
// or split, so diagnostics that name a line keep naming the same code.
#include "format/formatter.h"

#include <algorithm>

#include "MigLexer.h"
#include "format/format_lines.h"

namespace migc {
namespace {

using format::Atom;
using format::AtomKind;
using format::Line;
using mig::MigLexer;

struct Laid {
  unsigned level = 0;        // indentation, in steps of two spaces
  size_t group = 0;          // the enclosing open bracket (0: top level)
  bool top_start = false;    // no bracket open at the start
  bool top_end = false;      // no bracket open at the end
  bool opens = false;        // ends with a bracket opened on it still open
  bool starts_closer = false;
  std::string head;          // rendered text up to an aligned '=' (or all of it)
  std::string tail;          // from the aligned '=' on; empty when not aligned
  std::string align_class;   // non-empty: may align '=' with its neighbours
  std::string comment;       // a trailing line comment, aligned separately
};

// Alignment padding stops at these widths (keys; code before a comment).
constexpr size_t kMaxAlignedWidth = 60;
constexpr size_t kMaxCommentColumn = 120;

size_t width(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool isKey(const Atom& a) {
  return a.type == MigLexer::IDENT || a.kind == AtomKind::String ||
         (a.type >= MigLexer::KW_IMPORT && a.type <= MigLexer::KW_WHEN);
}

// Indentation and bracket facts for every line. An opener left open at the
// end of its line indents what follows by one step, however many brackets
// the line opened; a line that starts by closing goes back to the level of
// the line that opened.
std::vector<Laid> layOut(const std::vector<Line>& lines) {
  struct Open {
    unsigned line_level;
    unsigned content_level;
    size_t id;
    size_t opened_on;
  };
  std::vector<Open> stack;
  std::vector<Laid> out(lines.size());
  size_t next_id = 1;
  for (size_t l = 0; l < lines.size(); ++l) {
    Laid& laid = out[l];
    const Atom& first = lines[l].atoms.front();
    laid.top_start = stack.empty();
    laid.starts_closer = first.isCode() && format::isCloser(first.type);
    laid.level = stack.empty() ? 0 : laid.starts_closer ? stack.back().line_level
                                                         : stack.back().content_level;
    laid.group = stack.empty() ? 0 : stack.back().id;
    for (const Atom& a : lines[l].atoms) {
      if (!a.isCode()) continue;
      if (format::isOpener(a.type)) stack.push_back(Open{laid.level, laid.level, next_id++, l});
      else if (format::isCloser(a.type) && !stack.empty()) stack.pop_back();
    }
    for (Open& o : stack)
      if (o.opened_on == l) {
        o.content_level = laid.level + 1;
        laid.opens = true;
      }
    laid.top_end = stack.empty();
  }
  return out;
}

// Renders each line's atoms, splitting at the '=' of an alignable line:
// `key = value` or `let|output name = value`, closed on its own line.
void render(const std::vector<Line>& lines, std::vector<Laid>& laid) {
  auto spacing = format::computeSpacing(lines);
  for (size_t l = 0; l < lines.size(); ++l) {
    const auto& atoms = lines[l].atoms;
    size_t n = atoms.size();
    if (n > 0 && atoms[n - 1].kind == AtomKind::LineComment && n > 1) {
      laid[l].comment = atoms[n - 1].text;
      --n;
    }
    size_t eq = n;  // index of the '=' to align at
    size_t key = atoms[0].isCode() && (atoms[0].type == MigLexer::KW_LET ||
                                       atoms[0].type == MigLexer::KW_OUTPUT) ? 1 : 0;
    if (n > key + 1 && isKey(atoms[key]) && atoms[key + 1].type == MigLexer::ASSIGN &&
        (key == 0 || atoms[key].type == MigLexer::IDENT)) {
      eq = key + 1;
      int depth = 0;
      bool simple = true;
      for (size_t i = 0; i < n; ++i) {
        const Atom& a = atoms[i];
        if (a.text.find('\n') != std::string_view::npos) simple = false;
        if (!a.isCode()) continue;
        depth += format::isOpener(a.type) - format::isCloser(a.type);
        if (depth < 0) simple = false;
        // Several members on one line (`a = 1; b = 2`) are not aligned.
        if (depth == 0 && i + 1 < n && (a.type == MigLexer::SEMI || a.type == MigLexer::COMMA))
          simple = false;
      }
      if (!simple || depth != 0) eq = n;
      else laid[l].align_class = key ? std::string(atoms[0].text) : "=";
    }
    std::string* out = &laid[l].head;
    for (size_t i = 0; i < n; ++i) {
      if (i == eq) out = &laid[l].tail;
      // The space before an aligned '=' is the alignment padding.
      if (i > 0 && i != eq && !spacing[l][i - 1].tight_after && !spacing[l][i].tight_before)
        *out += ' ';
      *out += atoms[i].text;
    }
    if (!laid[l].comment.empty()) {
      for (const Atom& a : atoms)
        if (a.text.find('\n') != std::string_view::npos) {
          // A multi-line atom: no comment alignment, one space.
          (laid[l].tail.empty() ? laid[l].head : laid[l].tail) += " " + laid[l].comment;
          laid[l].comment.clear();
          break;
        }
    }
  }
}

// Aligns '=' across consecutive alignable lines of one block: no blank line,
// comment line or other statement in between.
void alignAssignments(const std::vector<Line>& lines, std::vector<Laid>& laid) {
  // A key wider than this is not aligned (one space before its '='), and
  // its neighbours do not pad to it: one long key must not widen every line.
  for (Laid& l : laid)
    if (width(l.head) > kMaxAlignedWidth) l.align_class.clear();
  for (size_t l = 0; l < laid.size();) {
    size_t end = l + 1;
    if (!laid[l].align_class.empty())
      while (end < laid.size() && laid[end].align_class == laid[l].align_class &&
             laid[end].group == laid[l].group && lines[end].blanks_before == 0)
        ++end;
    size_t w = 0;
    for (size_t i = l; i < end; ++i) w = std::max(w, width(laid[i].head));
    for (size_t i = l; i < end && !laid[l].align_class.empty(); ++i)
      laid[i].head.append(w - width(laid[i].head) + 1, ' ');
    l = end;
  }
}

std::string codeOf(const Laid& l) {
  return std::string(static_cast<size_t>(l.level) * 2, ' ') + l.head + l.tail;
}

// After these at the end of a line, the next line continues the statement.
bool endsIncomplete(const Line& line) {
  const Atom* last = nullptr;
  for (const Atom& a : line.atoms)
    if (a.isCode()) last = &a;
  if (!last) return true;
  switch (last->type) {
    case MigLexer::IDENT: case MigLexer::NUMBER_LIT: case MigLexer::UNIT_LIT:
    case MigLexer::PERCENT_LIT: case MigLexer::RPAREN: case MigLexer::RBRACKET:
    case MigLexer::RBRACE: case MigLexer::KW_TRUE: case MigLexer::KW_FALSE:
    case MigLexer::KW_NULL: case MigLexer::SEMI: case MigLexer::COMMA:
      return false;
  }
  return last->kind != AtomKind::String;
}

bool commentOnly(const Line& line) {
  return std::all_of(line.atoms.begin(), line.atoms.end(), [](const Atom& a) { return a.isComment(); });
}

// Blank lines: runs collapse to one; none after an opening or before a
// closing bracket; one around every top-level declaration that spans
// several lines (before its annotations), except next to a comment line.
void normalizeBlankLines(std::vector<Line>& lines, const std::vector<Laid>& laid) {
  for (size_t l = 0; l < lines.size(); ++l) {
    unsigned& blanks = lines[l].blanks_before;
    blanks = std::min(blanks, 1u);
    if (l == 0 || laid[l].starts_closer || laid[l - 1].opens) blanks = 0;
    const Atom& first = lines[l].atoms.front();
    bool is_else = first.type == MigLexer::KW_ELSE;
    // A comment right after a closing line may be about that block: it
    // stays attached.
    if (l > 0 && laid[l - 1].top_end && !laid[l - 1].top_start && !is_else && !commentOnly(lines[l]))
      blanks = 1;
  }
  for (size_t l = 1; l < lines.size(); ++l) {
    if (!(laid[l].top_start && !laid[l].top_end)) continue;
    size_t i = l;
    while (i > 0 && lines[i].blanks_before == 0 && laid[i - 1].top_start && laid[i - 1].top_end &&
           lines[i - 1].atoms.front().type == MigLexer::AT)
      --i;
    // Not after a comment line: whether it is about the declaration or
    // about what precedes is the author's call.
    if (i > 0 && lines[i].blanks_before == 0 && laid[i - 1].top_end && !commentOnly(lines[i - 1]) &&
        !endsIncomplete(lines[i - 1]))
      lines[i].blanks_before = 1;
  }
}

}  // namespace

std::string formatSource(std::string_view text) {
  std::vector<Line> lines = format::splitLines(text);
  format::normalizeTrailingCommas(lines);
  std::vector<Laid> laid = layOut(lines);
  render(lines, laid);
  alignAssignments(lines, laid);
  normalizeBlankLines(lines, laid);

  std::vector<std::string> code(lines.size());
  for (size_t l = 0; l < lines.size(); ++l) code[l] = codeOf(laid[l]);
  // Trailing comments of consecutive lines at one level start in one column.
  for (size_t l = 0; l < lines.size();) {
    size_t end = l + 1;
    auto aligned_comment = [&](size_t i) { return !laid[i].comment.empty() && width(code[i]) <= kMaxCommentColumn; };
    if (aligned_comment(l))
      while (end < lines.size() && aligned_comment(end) && laid[end].level == laid[l].level &&
             lines[end].blanks_before == 0)
        ++end;
    size_t w = 0;
    for (size_t i = l; i < end; ++i) w = std::max(w, width(code[i]));
    for (size_t i = l; i < end && !laid[l].comment.empty(); ++i) {
      code[i].append(w - width(code[i]) + 1, ' ');
      code[i] += laid[i].comment;
    }
    l = end;
  }

  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (size_t l = 0; l < lines.size(); ++l) {
    if (lines[l].blanks_before) out += '\n';
    out += code[l];
    out += '\n';
  }
  return out;
}

bool reportIfNotCanonical(const SourceManager& sm, FileId file, std::string_view formatted, DiagnosticSink& diags) {
  std::string_view text = sm.text(file);
  if (formatted == text) return false;
  // The first byte that differs, moved back to the start of its line.
  size_t at = std::mismatch(text.begin(), text.end(), formatted.begin(), formatted.end()).first - text.begin();
  size_t line_start = at == 0 ? 0 : text.rfind('\n', at - 1);
  line_start = line_start == std::string_view::npos || at == 0 ? 0 : line_start + 1;
  size_t line_end = std::min(text.find('\n', line_start), text.size());
  diags.report(DiagKind::NotFormatted, SourceRange{file, static_cast<uint32_t>(line_start), static_cast<uint32_t>(line_end)},
               sm.path(file))
      .help("run `migc fmt -w` on it");
  return true;
}

}  // namespace migc
