// Lexing for the formatter: the same generated MigLexer the parser uses, so
// the formatter and the compiler can never disagree about where a token,
// string or comment ends.
#include "format/format_lines.h"

#include "MigLexer.h"
#include "diag/diagnostic_sink.h"
#include "syntax/utf8_stream.h"

namespace migc::format {

using mig::MigLexer;

bool isOpener(size_t type) {
  return type == MigLexer::LBRACE || type == MigLexer::LPAREN || type == MigLexer::LBRACKET;
}
bool isCloser(size_t type) {
  return type == MigLexer::RBRACE || type == MigLexer::RPAREN || type == MigLexer::RBRACKET;
}
bool isCallable(const Atom& a) {
  return a.type == MigLexer::IDENT || a.type == MigLexer::RPAREN ||
         a.type == MigLexer::RBRACKET || a.kind == AtomKind::String;
}

std::vector<Line> splitLines(std::string_view text) {
  DiagnosticSink diags;  // the driver already reported problems; ignore
  Utf8Stream stream(text, FileId{0}, diags);
  MigLexer lexer(&stream);
  lexer.removeErrorListeners();
  antlr4::CommonTokenStream tokens(&lexer);
  tokens.fill();
  auto begin = [&](antlr4::Token* t) {
    return stream.byteOffset(std::min<size_t>(t->getStartIndex(), stream.size()));
  };
  auto end = [&](antlr4::Token* t) {
    if (t->getStopIndex() == INVALID_INDEX || t->getStopIndex() < t->getStartIndex()) return begin(t);
    return stream.byteOffset(std::min<size_t>(t->getStopIndex() + 1, stream.size()));
  };

  std::vector<Line> lines;
  Line current;
  unsigned newlines = 0;  // line breaks since the last atom
  auto add = [&](Atom a) {
    if (newlines > 0 && !current.atoms.empty()) {
      lines.push_back(std::move(current));
      current = Line{};
    }
    if (current.atoms.empty()) current.blanks_before = newlines > 1 ? newlines - 1 : 0;
    if (lines.empty() && current.atoms.empty()) current.blanks_before = 0;
    newlines = 0;
    current.atoms.push_back(a);
  };

  // A string is copied whole, interpolations included. Its nesting:
  // 's' string, 'i' interpolation, 'b' a '{' inside an interpolation.
  std::string nest;
  uint32_t string_begin = 0;
  for (antlr4::Token* t : tokens.getTokens()) {
    size_t type = t->getType();
    if (type == antlr4::Token::EOF) break;
    if (!nest.empty()) {
      char top = nest.back();
      if (top == 's') {
        if (type == MigLexer::STR_INTERP_OPEN) nest.push_back('i');
        else if (type == MigLexer::STR_CLOSE || type == MigLexer::STR_NEWLINE) nest.pop_back();
      } else if (type == MigLexer::DQUOTE) {
        nest.push_back('s');
      } else if (type == MigLexer::LBRACE) {
        nest.push_back('b');
      } else if (type == MigLexer::RBRACE) {
        nest.pop_back();
      }
      if (nest.empty())
        add(Atom{MigLexer::DQUOTE, text.substr(string_begin, end(t) - string_begin), AtomKind::String});
      continue;
    }
    switch (type) {
      case MigLexer::WS: continue;
      case MigLexer::NEWLINE: ++newlines; continue;
      case MigLexer::DQUOTE:
        nest.push_back('s');
        string_begin = begin(t);
        continue;
      default: break;
    }
    AtomKind kind = type == MigLexer::LINE_COMMENT ? AtomKind::LineComment
                    : type == MigLexer::BLOCK_COMMENT || type == MigLexer::UNTERMINATED_COMMENT
                        ? AtomKind::BlockComment
                        : AtomKind::Code;
    uint32_t b = begin(t);
    std::string_view piece = text.substr(b, end(t) - b);
    // A line comment runs to the end of the line, trailing blanks included;
    // those are invisible and go, like any trailing whitespace.
    if (kind == AtomKind::LineComment) piece = piece.substr(0, piece.find_last_not_of(" \t\f") + 1);
    add(Atom{type, piece, kind});
  }
  // An unterminated string (not valid input) is kept as it was.
  if (!nest.empty())
    add(Atom{MigLexer::DQUOTE, text.substr(string_begin), AtomKind::String});
  if (!current.atoms.empty()) lines.push_back(std::move(current));
  return lines;
}

namespace {

struct AtomRef {
  size_t line;
  size_t index;
};

}  // namespace

void normalizeTrailingCommas(std::vector<Line>& lines) {
  static constexpr std::string_view kComma = ",";
  struct Open {
    AtomRef at;
    bool comma_ok;  // a list literal or an argument/parameter list
  };
  std::vector<Open> stack;
  // Edits are collected in source order and applied back to front, so the
  // indexes of the ones not yet applied stay valid.
  struct Edit {
    AtomRef at;
    bool insert_after;  // else erase
  };
  std::vector<Edit> edits;
  const Atom* prev = nullptr;  // previous code atom
  AtomRef prev_ref{};
  for (size_t l = 0; l < lines.size(); ++l) {
    auto& atoms = lines[l].atoms;
    for (size_t i = 0; i < atoms.size(); ++i) {
      const Atom& a = atoms[i];
      if (!a.isCode()) continue;
      if (isOpener(a.type)) {
        bool callable = prev && isCallable(*prev);
        bool ok = false;
        if (a.type == MigLexer::LPAREN) ok = callable;
        if (a.type == MigLexer::LBRACKET) {
          // `[for x in xs: e]` takes no comma; look at the next code atom.
          const Atom* next = nullptr;
          for (size_t m = l, j = i + 1; m < lines.size() && !next; ++m, j = 0)
            for (; j < lines[m].atoms.size(); ++j)
              if (lines[m].atoms[j].isCode()) {
                next = &lines[m].atoms[j];
                break;
              }
          ok = !callable && !(next && next->type == MigLexer::KW_FOR);
        }
        stack.push_back(Open{AtomRef{l, i}, ok});
      } else if (isCloser(a.type) && !stack.empty()) {
        Open open = stack.back();
        stack.pop_back();
        bool first_on_line = true;
        for (size_t j = 0; j < i; ++j) first_on_line &= !atoms[j].isCode();
        if (open.comma_ok && prev && prev_ref.line != open.at.line) {
          // Multi-line: a comma after the last element, when the closer
          // starts its own line.
          bool after_opener = prev_ref.line == open.at.line && prev_ref.index == open.at.index;
          if (first_on_line && prev->type != MigLexer::COMMA && !after_opener)
            edits.push_back(Edit{prev_ref, true});
        } else if (open.comma_ok && prev && prev->type == MigLexer::COMMA && open.at.line == l &&
                   prev_ref.line == l) {
          edits.push_back(Edit{prev_ref, false});
        }
      }
      prev = &a;
      prev_ref = AtomRef{l, i};
    }
  }
  for (auto it = edits.rbegin(); it != edits.rend(); ++it) {
    auto& atoms = lines[it->at.line].atoms;
    auto pos = atoms.begin() + static_cast<long>(it->at.index);
    if (it->insert_after) atoms.insert(pos + 1, Atom{MigLexer::COMMA, kComma, AtomKind::Code});
    else atoms.erase(pos);
  }
}

}  // namespace migc::format
