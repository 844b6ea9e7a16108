// Lexing for the formatter: the hand-written lexer of the fast front end,
// and for a file it gives up on (one with a lexical error) the generated
// MigLexer, as the parser does; so the formatter and the compiler never
// disagree about where a token, string or comment ends. The two give the
// same lines (tests/format/format_lines_test.cpp). The ANTLR lexer was 75%
// of `migc fmt`'s instructions.
#include "format/format_lines.h"

#include "MigLexer.h"
#include "diag/diagnostic_sink.h"
#include "syntax/lexer.h"
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

namespace {

// Collects atoms into lines: an atom after a line break starts a new line,
// and the breaks before it (less one) are its blank lines.
class LineBuilder {
 public:
  void newline() { ++newlines_; }
  void add(Atom a) {
    if (newlines_ > 0 && !current_.atoms.empty()) {
      lines_.push_back(std::move(current_));
      current_ = Line{};
    }
    if (current_.atoms.empty()) current_.blanks_before = newlines_ > 1 ? newlines_ - 1 : 0;
    if (lines_.empty() && current_.atoms.empty()) current_.blanks_before = 0;
    newlines_ = 0;
    current_.atoms.push_back(a);
  }
  std::vector<Line> finish() {
    if (!current_.atoms.empty()) lines_.push_back(std::move(current_));
    return std::move(lines_);
  }

 private:
  std::vector<Line> lines_;
  Line current_;
  unsigned newlines_ = 0;  // line breaks since the last atom
};

// A line comment runs to the end of the line, trailing blanks included;
// those are invisible and go, like any trailing whitespace.
std::string_view trimLineComment(std::string_view piece) { return piece.substr(0, piece.find_last_not_of(" \t\f") + 1); }

// The generated lexer's type of a token of the hand-written one.
size_t antlrType(fast::Tok t) {
  using fast::Tok;
  switch (t) {
    case Tok::Ident: return MigLexer::IDENT;
    case Tok::Number: return MigLexer::NUMBER_LIT;
    case Tok::Unit: return MigLexer::UNIT_LIT;
    case Tok::Percent: return MigLexer::PERCENT_LIT;
    case Tok::KwImport: return MigLexer::KW_IMPORT;
    case Tok::KwAs: return MigLexer::KW_AS;
    case Tok::KwParam: return MigLexer::KW_PARAM;
    case Tok::KwLet: return MigLexer::KW_LET;
    case Tok::KwOutput: return MigLexer::KW_OUTPUT;
    case Tok::KwComponent: return MigLexer::KW_COMPONENT;
    case Tok::KwIf: return MigLexer::KW_IF;
    case Tok::KwElse: return MigLexer::KW_ELSE;
    case Tok::KwFor: return MigLexer::KW_FOR;
    case Tok::KwIn: return MigLexer::KW_IN;
    case Tok::KwWhen: return MigLexer::KW_WHEN;
    case Tok::KwTrue: return MigLexer::KW_TRUE;
    case Tok::KwFalse: return MigLexer::KW_FALSE;
    case Tok::KwNull: return MigLexer::KW_NULL;
    case Tok::LBrace: return MigLexer::LBRACE;
    case Tok::RBrace: return MigLexer::RBRACE;
    case Tok::LParen: return MigLexer::LPAREN;
    case Tok::RParen: return MigLexer::RPAREN;
    case Tok::LBracket: return MigLexer::LBRACKET;
    case Tok::RBracket: return MigLexer::RBRACKET;
    case Tok::At: return MigLexer::AT;
    case Tok::Dot: return MigLexer::DOT;
    case Tok::Comma: return MigLexer::COMMA;
    case Tok::Semi: return MigLexer::SEMI;
    case Tok::Colon: return MigLexer::COLON;
    case Tok::Question: return MigLexer::QUESTION;
    case Tok::EqEq: return MigLexer::EQEQ;
    case Tok::NotEq: return MigLexer::NOTEQ;
    case Tok::Le: return MigLexer::LE;
    case Tok::Ge: return MigLexer::GE;
    case Tok::Lt: return MigLexer::LT;
    case Tok::Gt: return MigLexer::GT;
    case Tok::AndAnd: return MigLexer::ANDAND;
    case Tok::OrOr: return MigLexer::OROR;
    case Tok::Pipe: return MigLexer::PIPE;
    case Tok::Assign: return MigLexer::ASSIGN;
    case Tok::Bang: return MigLexer::BANG;
    case Tok::Plus: return MigLexer::PLUS;
    case Tok::Minus: return MigLexer::MINUS;
    case Tok::Star: return MigLexer::STAR;
    case Tok::Slash: return MigLexer::SLASH;
    case Tok::Quote: return MigLexer::DQUOTE;
    case Tok::StrText: return MigLexer::STR_TEXT;
    case Tok::InterpOpen: return MigLexer::STR_INTERP_OPEN;
    case Tok::StrClose: return MigLexer::STR_CLOSE;
    case Tok::End: break;
  }
  return antlr4::Token::EOF;
}

}  // namespace

std::optional<std::vector<Line>> splitLinesFast(std::string_view text) {
  std::vector<fast::Token> tokens;
  std::vector<std::pair<uint32_t, uint32_t>> comments;
  if (!fast::lex(text, tokens, comments)) return std::nullopt;
  LineBuilder lines;
  // Tokens and comments in the order of the text. Inside a string (its
  // interpolations included) nothing is an atom of its own: the string is
  // one atom, from its quote to its closing quote. `nest` as in splitLines.
  std::string nest;
  uint32_t string_begin = 0;
  uint32_t gap_begin = 0;  // where the whitespace before the next atom starts
  auto gap = [&](uint32_t until) {
    for (uint32_t i = gap_begin; i < until; ++i)
      if (text[i] == '\n') lines.newline();
  };
  size_t c = 0;
  for (const fast::Token& t : tokens) {
    for (; c < comments.size() && comments[c].first < t.begin; ++c) {
      if (!nest.empty()) continue;  // inside an interpolation
      auto [b, e] = comments[c];
      gap(b);
      std::string_view piece = text.substr(b, e - b);
      bool block = piece.starts_with("/*");
      lines.add(Atom{block ? size_t{MigLexer::BLOCK_COMMENT} : size_t{MigLexer::LINE_COMMENT},
                     block ? piece : trimLineComment(piece), block ? AtomKind::BlockComment : AtomKind::LineComment});
      gap_begin = e;
    }
    if (t.kind == fast::Tok::End) break;
    if (!nest.empty()) {
      char top = nest.back();
      if (top == 's') {
        if (t.kind == fast::Tok::InterpOpen) nest.push_back('i');
        else if (t.kind == fast::Tok::StrClose) nest.pop_back();
      } else if (t.kind == fast::Tok::Quote) {
        nest.push_back('s');
      } else if (t.kind == fast::Tok::LBrace) {
        nest.push_back('b');
      } else if (t.kind == fast::Tok::RBrace) {
        nest.pop_back();
      }
      if (nest.empty()) {
        lines.add(Atom{MigLexer::DQUOTE, text.substr(string_begin, t.end - string_begin), AtomKind::String});
        gap_begin = t.end;
      }
      continue;
    }
    gap(t.begin);
    if (t.kind == fast::Tok::Quote) {
      nest.push_back('s');
      string_begin = t.begin;
      continue;
    }
    lines.add(Atom{antlrType(t.kind), text.substr(t.begin, t.end - t.begin), AtomKind::Code});
    gap_begin = t.end;
  }
  return lines.finish();
}

std::vector<Line> splitLinesAntlr(std::string_view text) {
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

  LineBuilder lines;
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
        lines.add(Atom{MigLexer::DQUOTE, text.substr(string_begin, end(t) - string_begin), AtomKind::String});
      continue;
    }
    switch (type) {
      case MigLexer::WS: continue;
      case MigLexer::NEWLINE: lines.newline(); continue;
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
    if (kind == AtomKind::LineComment) piece = trimLineComment(piece);
    lines.add(Atom{type, piece, kind});
  }
  // An unterminated string (not valid input) is kept as it was.
  if (!nest.empty())
    lines.add(Atom{MigLexer::DQUOTE, text.substr(string_begin), AtomKind::String});
  return lines.finish();
}

std::vector<Line> splitLines(std::string_view text) {
  if (auto lines = splitLinesFast(text)) return std::move(*lines);
  return splitLinesAntlr(text);
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
