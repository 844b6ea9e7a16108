#include "lsp/completion_context.h"

#include <cctype>

namespace migc::lsp {
namespace {

bool identStart(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool identChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

struct Token {
  enum class Kind { Ident, Number, String, Punct } kind;
  std::string text;
  uint32_t end;
};

struct Frame {
  enum class Type { File, Block, Map, Transparent, Component, Paren, Bracket, Interp, String };
  explicit Frame(Type t) : type(t) {}
  Type type;
  std::string kind;                   // Block: its kind word
  std::string field;                  // the field this frame's contents are a value of
  std::string callee;                 // Paren: the name called
  std::vector<Token> stmt;            // the current item's tokens so far
  std::vector<std::string> written;   // Block: fields written
  uint32_t begin = 0;                 // String: where the text starts
  bool blockLike() const {
    return type == Type::File || type == Type::Block || type == Type::Transparent || type == Type::Component;
  }
};

bool endsValue(const Token& t) {
  return t.kind != Token::Kind::Punct || t.text == ")" || t.text == "]" || t.text == "}";
}

// The field an item `name = ...` assigns, or empty.
std::string assignedField(const std::vector<Token>& stmt) {
  if (stmt.size() >= 2 && (stmt[0].kind == Token::Kind::Ident || stmt[0].kind == Token::Kind::String) &&
      stmt[1].text == "=")
    return stmt[0].kind == Token::Kind::String ? stmt[0].text.substr(1, stmt[0].text.size() - 2) : stmt[0].text;
  return {};
}

// Drops leading annotations: `@name`, `@file:name`, each with an optional (...) (a ")" token).
std::vector<Token> withoutAnnotations(const std::vector<Token>& stmt) {
  size_t i = 0;
  while (i < stmt.size() && stmt[i].text == "@") {
    ++i;
    if (i < stmt.size() && stmt[i].kind == Token::Kind::Ident) ++i;
    if (i + 1 < stmt.size() && stmt[i].text == ":" && stmt[i + 1].kind == Token::Kind::Ident) i += 2;
    if (i < stmt.size() && stmt[i].text == ")") ++i;
  }
  return std::vector<Token>(stmt.begin() + static_cast<long>(i), stmt.end());
}

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) { frames_.push_back(Frame(Frame::Type::File)); }

  // Scans [0, end); false when `end` is inside a comment.
  bool scan(uint32_t end) {
    size_t i = 0;
    while (i < end) {
      Frame& top = frames_.back();
      char c = text_[i];
      if (top.type == Frame::Type::String) {
        if (c == '\\') { i += 2; continue; }
        if (c == '"' || c == '\n') {
          std::string s(text_.substr(top.begin - 1, i + 1 - (top.begin - 1)));
          frames_.pop_back();
          push({Token::Kind::String, s, static_cast<uint32_t>(i + 1)});
          ++i;
          continue;
        }
        if (c == '$' && i + 1 < end && text_[i + 1] == '{') {
          frames_.push_back(Frame(Frame::Type::Interp));
          i += 2;
          continue;
        }
        ++i;
        continue;
      }
      if (c == '/' && i + 1 < text_.size() && text_[i + 1] == '/') { i = skipLine(i); if (i >= end) return false; continue; }
      if (c == '#') { i = skipLine(i); if (i >= end) return false; continue; }
      if (c == '/' && i + 1 < text_.size() && text_[i + 1] == '*') {
        size_t close = text_.find("*/", i + 2);
        if (close == std::string_view::npos || close + 2 > end) return false;
        i = close + 2;
        continue;
      }
      if (c == '\n') { newline(); ++i; continue; }
      if (std::isspace(static_cast<unsigned char>(c))) { ++i; continue; }
      if (c == '"') {
        Frame s(Frame::Type::String);
        s.begin = static_cast<uint32_t>(i + 1);
        s.field = currentField();
        frames_.push_back(std::move(s));
        ++i;
        continue;
      }
      if (identStart(c) || std::isdigit(static_cast<unsigned char>(c))) {
        size_t j = i;
        while (j < end && (identChar(text_[j]) || (std::isdigit(static_cast<unsigned char>(c)) && (text_[j] == '.' || text_[j] == '%'))))
          ++j;
        push({identStart(c) ? Token::Kind::Ident : Token::Kind::Number, std::string(text_.substr(i, j - i)),
              static_cast<uint32_t>(j)});
        i = j;
        continue;
      }
      punct(i, end);
    }
    return true;
  }

  std::vector<Frame> frames_;

 private:
  size_t skipLine(size_t i) const {
    size_t nl = text_.find('\n', i);
    return nl == std::string_view::npos ? text_.size() + 1 : nl;
  }

  void push(Token t) {
    Frame& top = frames_.back();
    top.stmt.push_back(std::move(t));
    if (top.type == Frame::Type::Block && top.stmt.size() == 2 && top.stmt[1].text == "=")
      if (std::string f = assignedField(top.stmt); !f.empty()) top.written.push_back(f);
  }

  // The field the innermost item assigns, inherited by brackets inside it.
  std::string currentField() const {
    const Frame& top = frames_.back();
    if (std::string f = assignedField(top.stmt); !f.empty() && top.blockLike()) return f;
    return top.field;
  }

  void newline() {
    Frame& top = frames_.back();
    if (!(top.blockLike() || top.type == Frame::Type::Map) || top.stmt.empty()) return;
    bool assigns = false;
    for (const Token& t : top.stmt) assigns |= t.text == "=";
    if (assigns && endsValue(top.stmt.back())) top.stmt.clear();
  }

  void punct(size_t& i, size_t end) {
    static const char* kTwo[] = {"==", "!=", "<=", ">=", "&&", "||"};
    for (const char* two : kTwo)
      if (i + 1 < end && text_[i] == two[0] && text_[i + 1] == two[1]) {
        push({Token::Kind::Punct, two, static_cast<uint32_t>(i + 2)});
        i += 2;
        return;
      }
    char c = text_[i++];
    Frame& top = frames_.back();
    switch (c) {
      case '{': open(); return;
      case '}': close(Frame::Type::Map, "}"); return;
      case '(': {
        Frame p(Frame::Type::Paren);
        p.field = currentField();
        if (!top.stmt.empty() && top.stmt.back().kind == Token::Kind::Ident) p.callee = top.stmt.back().text;
        frames_.push_back(std::move(p));
        return;
      }
      case ')': close(Frame::Type::Paren, ")"); return;
      case '[': {
        Frame b(Frame::Type::Bracket);
        b.field = currentField();
        frames_.push_back(std::move(b));
        return;
      }
      case ']': close(Frame::Type::Bracket, "]"); return;
      case ';': top.stmt.clear(); return;
      case ',':
        if (top.type == Frame::Type::Paren || top.type == Frame::Type::Bracket || top.type == Frame::Type::Map || top.blockLike())
          top.stmt.clear();
        return;
      default: push({Token::Kind::Punct, std::string(1, c), static_cast<uint32_t>(i)});
    }
  }

  void open() {
    Frame& top = frames_.back();
    std::vector<Token> head = withoutAnnotations(top.stmt);
    Frame f(Frame::Type::Map);
    f.field = currentField();
    bool value_position = !top.blockLike() || head.empty() ||
                          (head.back().kind == Token::Kind::Punct && !endsValue(head.back()));
    if (!value_position && head[0].kind == Token::Kind::Ident) {
      const std::string& word = head[0].text;
      if (word == "if" || word == "else" || word == "for") {
        f.type = Frame::Type::Transparent;
      } else if (word == "component") {
        f.type = Frame::Type::Component;
      } else {
        f.type = Frame::Type::Block;
        f.kind = word;
        for (size_t k = 1; k + 1 < head.size() && head[k].text == "." && head[k + 1].kind == Token::Kind::Ident; k += 2)
          f.kind += "." + head[k + 1].text;
      }
      f.field.clear();
    }
    frames_.push_back(std::move(f));
  }

  void close(Frame::Type expected, const char* placeholder) {
    (void)expected;
    if (frames_.size() <= 1) return;  // an unmatched closer: ignore it
    bool interp = frames_.back().type == Frame::Type::Interp;
    bool block = frames_.back().type != Frame::Type::Paren && frames_.back().type != Frame::Type::Bracket &&
                 frames_.back().type != Frame::Type::Map;
    frames_.pop_back();
    if (interp) return;  // back in the string
    Frame& top = frames_.back();
    if (block) top.stmt.clear();  // `name { ... }` ends the item
    else top.stmt.push_back({Token::Kind::Punct, placeholder, 0});
  }

  std::string_view text_;
};

}  // namespace

CompletionContext completionContext(std::string_view text, uint32_t offset) {
  CompletionContext ctx;
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text.size()));
  Scanner s(text);
  if (!s.scan(offset)) return ctx;  // in a comment
  std::vector<Frame>& frames = s.frames_;
  for (const Frame& f : frames) {
    if (f.type == Frame::Type::Component) {
      ctx.in_component = true;
      ctx.blocks.clear();
    } else if (f.type == Frame::Type::Block) {
      ctx.blocks.push_back(f.kind);
    }
  }
  for (auto it = frames.rbegin(); it != frames.rend(); ++it)
    if (it->type == Frame::Type::Block) {
      ctx.written = it->written;
      break;
    }
  Frame& top = frames.back();
  if (top.type == Frame::Type::String) {
    const Frame& parent = frames[frames.size() - 2];
    ctx.prefix_begin = top.begin;
    ctx.prefix = std::string(text.substr(top.begin, offset - top.begin));
    if (parent.type == Frame::Type::Paren && parent.stmt.empty() && !parent.callee.empty()) {
      ctx.where = CompletionContext::Where::EngineVersion;
      ctx.function = parent.callee;
    }
    return ctx;
  }
  // The partial word at the cursor.
  uint32_t begin = offset;
  while (begin > 0 && identChar(text[begin - 1])) --begin;
  ctx.prefix_begin = begin;
  ctx.prefix = std::string(text.substr(begin, offset - begin));
  if (!top.stmt.empty() && top.stmt.back().end == offset && begin < offset) top.stmt.pop_back();
  if (!ctx.prefix.empty() && std::isdigit(static_cast<unsigned char>(ctx.prefix[0]))) {
    uint32_t letters = begin;
    while (letters < offset && (std::isdigit(static_cast<unsigned char>(text[letters])) || text[letters] == '_')) ++letters;
    ctx.where = CompletionContext::Where::Unit;
    ctx.field = s.frames_.back().blockLike() ? assignedField(top.stmt) : top.field;
    ctx.prefix_begin = letters;
    ctx.prefix = std::string(text.substr(letters, offset - letters));
    return ctx;
  }
  if (begin > 0 && text[begin - 1] == '.') {
    uint32_t object_end = begin - 1, object_begin = object_end;
    while (object_begin > 0 && identChar(text[object_begin - 1])) --object_begin;
    if (object_begin == object_end) return ctx;
    ctx.where = CompletionContext::Where::Member;
    ctx.object = std::string(text.substr(object_begin, object_end - object_begin));
    return ctx;
  }
  if (begin > 0 && text[begin - 1] == '@') {
    ctx.where = CompletionContext::Where::Annotation;
    ctx.prefix_begin = begin - 1;
    ctx.prefix = "@" + ctx.prefix;
    return ctx;
  }
  std::vector<Token> stmt = withoutAnnotations(top.stmt);
  if (top.blockLike()) {
    if (stmt.empty()) {
      bool top_level = ctx.blocks.empty();
      ctx.where = top_level ? CompletionContext::Where::TopLevel : CompletionContext::Where::BlockBody;
      return ctx;
    }
    ctx.field = assignedField(stmt);
    bool expression = !ctx.field.empty();
    for (const Token& t : stmt) expression |= t.text == "when" || t.text == "if" || t.text == "in" || t.text == "=";
    if (expression) ctx.where = CompletionContext::Where::Value;
    return ctx;
  }
  if (top.type == Frame::Type::Map && stmt.empty()) return ctx;  // a map key: free text
  ctx.where = CompletionContext::Where::Value;
  ctx.field = top.type == Frame::Type::Map ? std::string() : top.field;
  return ctx;
}

}  // namespace migc::lsp
