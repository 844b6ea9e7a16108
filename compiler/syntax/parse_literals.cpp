// Strings, number literals and keys. The literal decoding is literals.cpp's,
// shared with the ANTLR path, so both paths compute the same values; where
// that decoding would report (a number that does not fit, an unknown unit),
// the file is left to the ANTLR path.
#include "syntax/literals.h"
#include "syntax/parser.h"

namespace migc::fast {

// str : '"' strPart* '"'. The lexer already made each run of text and
// escapes one StrText token, which is the StringText node the ANTLR builder
// makes by merging adjacent parts.
NodeId Parser::str() {
  uint32_t begin = expect(Tok::Quote).begin;
  size_t m = mark();
  for (;;) {
    const Token& t = take();
    if (t.kind == Tok::StrClose) break;
    if (t.kind == Tok::StrText) {
      Node n;
      n.kind = NodeKind::StringText;
      n.begin = t.begin;
      n.end = t.end;
      if (!t.has_escape) {
        n.name = symbol(t);
      } else {
        std::string decoded;
        std::string_view raw = text(t);
        decoded.reserve(raw.size());
        for (size_t i = 0; i < raw.size(); ++i) {
          // The lexer let only valid escapes through.
          if (raw[i] == '\\') decoded.push_back(*decodeEscape(raw[++i]));
          else decoded.push_back(raw[i]);
        }
        n.name = ast_.intern(decoded);
      }
      scratch_.push_back(add(n));
      continue;
    }
    // STR_INTERP_OPEN expr '}'; the lexer emits nothing else in a string.
    NodeId inner = expr();
    expect(Tok::RBrace);
    Node n = node(NodeKind::Interpolation, t.begin);
    n.a = inner;
    scratch_.push_back(add(n));
  }
  ListRef parts = listFrom(m);
  Node n = node(NodeKind::String, begin);
  n.list = parts;
  return add(n);
}

// key : IDENT | str | keyword — a keyword key is a Name like an identifier.
NodeId Parser::key() {
  if (kind() == Tok::Quote) return str();
  if (kind() == Tok::Ident || isKeywordKey(kind())) return nameNode(take());
  throw Reject{};
}

// NUMBER_LIT, UNIT_LIT (digits glued to letters) and PERCENT_LIT.
NodeId Parser::number() {
  const Token& t = take();
  std::string_view spelled = text(t);
  std::string_view digits = spelled;
  Unit unit = Unit::Seconds;
  NodeKind kind = NodeKind::UnitNumber;
  if (t.kind == Tok::Number) {
    kind = NodeKind::Number;
  } else if (t.kind == Tok::Percent) {
    digits = spelled.substr(0, spelled.size() - 1);
    unit = Unit::Percent;
  } else {
    UnitSplit split = splitUnitLiteral(spelled);
    const UnitInfo* info = findUnit(split.suffix);
    if (!info) throw Reject{};  // MIG0005 with a suggestion
    digits = split.number;
    unit = info->unit;
  }
  std::optional<NumberValue> value = parseNumber(digits);
  if (!value) throw Reject{};  // MIG0006
  Node n = node(kind, t.begin);
  n.value = ast_.addNumber(*value);
  if (kind == NodeKind::UnitNumber) n.op = static_cast<uint8_t>(unit);
  return add(n);
}

}  // namespace migc::fast
