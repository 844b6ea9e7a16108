// One pass over the bytes. The mode stack is MigLexer.g4's: '{' and '${'
// push the default mode, '"' pushes the string mode, '}' pops when the stack
// is not empty, and the closing quote pops. Every `return false` is a place
// where the ANTLR lexer would make a token that the token scan reports.
#include "syntax/lexer.h"

#include "syntax/nesting_meter.h"
#include "syntax/parse.h"
#include "syntax/utf8_decode.h"

namespace migc::fast {
namespace {

enum class Mode : uint8_t { Default, String };

bool isIdentStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool isIdentChar(char c) { return isIdentStart(c) || (c >= '0' && c <= '9'); }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// ANTLR takes the longest match and, on a tie, the rule listed first: the
// keywords come before IDENT, so a whole-word match is a keyword.
Tok keywordOrIdent(std::string_view w) {
  switch (w.size()) {
    case 2:
      if (w == "as") return Tok::KwAs;
      if (w == "if") return Tok::KwIf;
      if (w == "in") return Tok::KwIn;
      break;
    case 3:
      if (w == "let") return Tok::KwLet;
      if (w == "for") return Tok::KwFor;
      break;
    case 4:
      if (w == "else") return Tok::KwElse;
      if (w == "when") return Tok::KwWhen;
      if (w == "true") return Tok::KwTrue;
      if (w == "null") return Tok::KwNull;
      break;
    case 5:
      if (w == "param") return Tok::KwParam;
      if (w == "false") return Tok::KwFalse;
      break;
    case 6:
      if (w == "import") return Tok::KwImport;
      if (w == "output") return Tok::KwOutput;
      break;
    case 9:
      if (w == "component") return Tok::KwComponent;
      break;
  }
  return Tok::Ident;
}

// DIGITS : [0-9] ('_'? [0-9])*  — a '_' belongs to the number only when a
// digit follows it (ANTLR backs up to the last accepting state otherwise).
size_t skipDigits(std::string_view s, size_t i) {
  ++i;
  while (i < s.size()) {
    if (isDigit(s[i])) ++i;
    else if (s[i] == '_' && i + 1 < s.size() && isDigit(s[i + 1])) i += 2;
    else break;
  }
  return i;
}

// A valid multi-byte sequence at s[i], as Utf8Stream would decode it; its
// length, or 0 when Utf8Stream would report the byte.
size_t validUtf8(std::string_view s, size_t i) {
  char32_t cp = 0;
  return decodeUtf8(s, i, cp);
}

bool validEscape(char c) {
  return c == '\\' || c == '"' || c == 'n' || c == 't' || c == 'r' || c == '$';
}

// Comment bodies may hold any valid UTF-8; [b, e) is checked.
bool validText(std::string_view s, size_t b, size_t e) {
  for (size_t i = b; i < e;) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t len = validUtf8(s, i);
    if (len == 0 || i + len > e) return false;
    i += len;
  }
  return true;
}

// What a token means to the nesting measure (syntax/nesting_meter.h), which
// the ANTLR path's token scan applies too: this lexer must refuse exactly
// what that path refuses.
NestTok nestToken(Tok t) {
  switch (t) {
    case Tok::LBrace: case Tok::InterpOpen: return NestTok::OpenBrace;
    case Tok::LParen: case Tok::LBracket: return NestTok::OpenCall;
    case Tok::RBrace: return NestTok::CloseBrace;
    case Tok::RParen: case Tok::RBracket: return NestTok::CloseCall;
    case Tok::Dot: case Tok::Bang: case Tok::Minus: case Tok::Plus:
    case Tok::Star: case Tok::Slash: case Tok::EqEq: case Tok::NotEq: case Tok::Lt:
    case Tok::Le: case Tok::Gt: case Tok::Ge: case Tok::AndAnd: case Tok::OrOr: case Tok::Pipe:
      return NestTok::Operator;
    case Tok::Question: return NestTok::Question;
    case Tok::Colon: return NestTok::Colon;
    case Tok::Assign: case Tok::Comma: case Tok::Semi: return NestTok::Ends;
    case Tok::KwElse: return NestTok::Else;
    case Tok::KwIf: return NestTok::If;
    default: return NestTok::Other;
  }
}

}  // namespace

bool isKeywordKey(Tok t) {
  switch (t) {
    case Tok::KwImport: case Tok::KwAs: case Tok::KwParam: case Tok::KwLet: case Tok::KwOutput:
    case Tok::KwComponent: case Tok::KwIf: case Tok::KwElse: case Tok::KwFor: case Tok::KwIn:
    case Tok::KwWhen:
      return true;
    default:
      return false;
  }
}

bool lex(std::string_view s, std::vector<Token>& out,
         std::vector<std::pair<uint32_t, uint32_t>>& comments) {
  std::vector<Mode> modes;
  NestingMeter nesting;
  const size_t n = s.size();
  size_t i = 0;
  bool too_deep = false;
  auto emit = [&](Tok kind, size_t b, size_t e) {
    out.push_back(Token{static_cast<uint32_t>(b), static_cast<uint32_t>(e), kind, false});
    too_deep |= !nesting.add(nestToken(kind));
  };
  while (i < n) {
    if (too_deep) return false;  // MIG0007
    if (!modes.empty() && modes.back() == Mode::String) {
      char c = s[i];
      if (c == '"') {
        emit(Tok::StrClose, i, i + 1);
        modes.pop_back();
        ++i;
        continue;
      }
      if (c == '$' && i + 1 < n && s[i + 1] == '{') {
        emit(Tok::InterpOpen, i, i + 2);
        modes.push_back(Mode::Default);
        i += 2;
        continue;
      }
      // A run of text and escapes up to the next quote or interpolation.
      size_t b = i;
      bool escape = false;
      while (i < n) {
        c = s[i];
        if (c == '"' || c == '\r' || c == '\n' || (c == '$' && i + 1 < n && s[i + 1] == '{')) break;
        if (c == '\\') {
          if (i + 1 >= n || !validEscape(s[i + 1])) return false;  // MIG0003, or a lexer error
          escape = true;
          i += 2;
        } else if (static_cast<unsigned char>(c) >= 0x80) {
          size_t len = validUtf8(s, i);
          if (len == 0) return false;
          i += len;
        } else {
          ++i;
        }
      }
      if (i == n || s[i] == '\r' || s[i] == '\n') return false;  // unterminated string
      out.push_back(Token{static_cast<uint32_t>(b), static_cast<uint32_t>(i), Tok::StrText, escape});
      continue;
    }

    char c = s[i];
    switch (c) {
      case ' ': case '\t': case '\f': case '\n':
        ++i;
        continue;
      case '\r':
        if (i + 1 < n && s[i + 1] == '\n') {
          i += 2;
          continue;
        }
        return false;  // a lone CR is a BAD_CHAR
      case '#': {
        size_t e = i;
        while (e < n && s[e] != '\n' && s[e] != '\r') ++e;
        if (!validText(s, i, e)) return false;
        comments.emplace_back(static_cast<uint32_t>(i), static_cast<uint32_t>(e));
        i = e;
        continue;
      }
      case '/':
        if (i + 1 < n && s[i + 1] == '/') {
          size_t e = i;
          while (e < n && s[e] != '\n' && s[e] != '\r') ++e;
          if (!validText(s, i, e)) return false;
          comments.emplace_back(static_cast<uint32_t>(i), static_cast<uint32_t>(e));
          i = e;
          continue;
        }
        if (i + 1 < n && s[i + 1] == '*') {
          // COMMENT_BODY cannot hold "*/", so the comment ends at the first one.
          size_t close = s.find("*/", i + 2);
          if (close == std::string_view::npos) return false;  // MIG0002
          if (!validText(s, i, close)) return false;
          comments.emplace_back(static_cast<uint32_t>(i), static_cast<uint32_t>(close + 2));
          i = close + 2;
          continue;
        }
        emit(Tok::Slash, i, i + 1);
        ++i;
        continue;
      case '"':
        emit(Tok::Quote, i, i + 1);
        modes.push_back(Mode::String);
        ++i;
        continue;
      case '{':
        emit(Tok::LBrace, i, i + 1);
        modes.push_back(Mode::Default);
        ++i;
        continue;
      case '}':
        emit(Tok::RBrace, i, i + 1);
        if (!modes.empty()) modes.pop_back();
        ++i;
        continue;
      default:
        break;
    }

    if (isIdentStart(c)) {
      size_t e = i + 1;
      while (e < n && isIdentChar(s[e])) ++e;
      emit(keywordOrIdent(s.substr(i, e - i)), i, e);
      i = e;
      continue;
    }
    if (isDigit(c)) {
      size_t e = skipDigits(s, i);
      if (e + 1 < n && s[e] == '.' && isDigit(s[e + 1])) e = skipDigits(s, e + 1);
      Tok kind = Tok::Number;
      if (e < n && s[e] == '%') {
        kind = Tok::Percent;
        ++e;
      } else if (e < n && isLetter(s[e])) {
        kind = Tok::Unit;
        while (e < n && isLetter(s[e])) ++e;
      }
      emit(kind, i, e);
      i = e;
      continue;
    }

    // Punctuation: two-character operators first (longest match).
    char next = i + 1 < n ? s[i + 1] : '\0';
    Tok kind;
    size_t len = 1;
    switch (c) {
      case '(': kind = Tok::LParen; break;
      case ')': kind = Tok::RParen; break;
      case '[': kind = Tok::LBracket; break;
      case ']': kind = Tok::RBracket; break;
      case '@': kind = Tok::At; break;
      case '.': kind = Tok::Dot; break;
      case ',': kind = Tok::Comma; break;
      case ';': kind = Tok::Semi; break;
      case ':': kind = Tok::Colon; break;
      case '?': kind = Tok::Question; break;
      case '+': kind = Tok::Plus; break;
      case '-': kind = Tok::Minus; break;
      case '*': kind = Tok::Star; break;
      case '|': kind = next == '|' ? (len = 2, Tok::OrOr) : Tok::Pipe; break;
      case '=': kind = next == '=' ? (len = 2, Tok::EqEq) : Tok::Assign; break;
      case '!': kind = next == '=' ? (len = 2, Tok::NotEq) : Tok::Bang; break;
      case '<': kind = next == '=' ? (len = 2, Tok::Le) : Tok::Lt; break;
      case '>': kind = next == '=' ? (len = 2, Tok::Ge) : Tok::Gt; break;
      case '&':
        if (next != '&') return false;  // a lone '&' is a BAD_CHAR
        kind = Tok::AndAnd;
        len = 2;
        break;
      default:
        return false;  // BAD_CHAR, including every non-ASCII code point here
    }
    emit(kind, i, i + len);
    i += len;
  }
  // End of input inside a string (or its interpolation) is an unterminated
  // string.
  for (Mode m : modes)
    if (m == Mode::String) return false;
  emit(Tok::End, n, n);
  return !too_deep;
}

}  // namespace migc::fast
