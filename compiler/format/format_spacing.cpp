// Where a space goes between two atoms on one line. The default is one
// space; the exceptions below need context that a pair of tokens alone does
// not give ('-' unary or binary, ':' of a type or of a conditional, '<' of a
// generic type or a comparison), so one pass walks the whole file.
#include "MigLexer.h"
#include "format/format_lines.h"

namespace migc::format {
namespace {

using mig::MigLexer;

// After these, a '-' is binary.
bool endsOperand(const Atom& a) {
  switch (a.type) {
    case MigLexer::IDENT: case MigLexer::NUMBER_LIT: case MigLexer::UNIT_LIT:
    case MigLexer::PERCENT_LIT: case MigLexer::RPAREN: case MigLexer::RBRACKET:
    case MigLexer::RBRACE: case MigLexer::KW_TRUE: case MigLexer::KW_FALSE: case MigLexer::KW_NULL:
      return true;
  }
  return a.kind == AtomKind::String;
}

class Spacer {
 public:
  Spacing next(const Atom& a) {
    Spacing s;
    if (a.isComment()) return s;  // comments are words: one space each side
    size_t t = a.type;
    if (isOpener(t)) {
      s.tight_after = t != MigLexer::LBRACE;  // `{ a = 1 }` but `[1]`, `f(x)`
      s.tight_before = t != MigLexer::LBRACE && prev_ && isCallable(*prev_);
      stack_.push_back(0);
    } else if (isCloser(t)) {
      s.tight_before = t != MigLexer::RBRACE || (prev_ && prev_->type == MigLexer::LBRACE);
      if (!stack_.empty()) stack_.pop_back();
    }
    switch (t) {
      case MigLexer::COMMA: case MigLexer::SEMI: s.tight_before = true; break;
      case MigLexer::DOT: s.tight_before = s.tight_after = true; break;
      case MigLexer::AT: case MigLexer::BANG: s.tight_after = true; break;
      case MigLexer::MINUS: s.tight_after = !(prev_ && endsOperand(*prev_)); break;
      case MigLexer::QUESTION: ++ternaries(); break;
      case MigLexer::COLON:
        if (ternaries() > 0) {
          --ternaries();  // `c ? a : b`
        } else if (prev2_ && prev2_->type == MigLexer::AT) {
          s.tight_before = s.tight_after = true;  // `@allow:terraform`
        } else {
          s.tight_before = true;  // `name: type`, `[for x in xs: e]`
          type_ = startsType();
        }
        break;
    }
    if (type_ && t != MigLexer::COLON) typeToken(a, s);
    prev2_ = prev_;
    prev_ = &a;
    return s;
  }

 private:
  unsigned& ternaries() { return stack_.empty() ? top_ternaries_ : stack_.back(); }

  // `param x: T`, `let x: T`, `output x: T`, and the parameters of a
  // component, `component c(x: T)`.
  bool startsType() const {
    if (!prev_ || prev_->type != MigLexer::IDENT || !prev2_) return false;
    switch (prev2_->type) {
      case MigLexer::KW_PARAM: case MigLexer::KW_LET: case MigLexer::KW_OUTPUT:
      case MigLexer::LPAREN: case MigLexer::COMMA:
        return true;
    }
    return false;
  }

  // Inside a type, '<' and '>' are brackets: `map<string, number>`.
  void typeToken(const Atom& a, Spacing& s) {
    bool continues = a.type == MigLexer::LT || a.type == MigLexer::PIPE || angles_ > 0;
    bool after_name = prev_ && (prev_->type == MigLexer::IDENT || prev_->type == MigLexer::GT ||
                                prev_->kind == AtomKind::String);
    if (after_name && !continues && prev_->type != MigLexer::COLON) {
      type_ = false;
      return;
    }
    if (a.type == MigLexer::LT) {
      ++angles_;
      s.tight_before = s.tight_after = true;
    } else if (a.type == MigLexer::GT && angles_ > 0) {
      --angles_;
      s.tight_before = true;
    }
  }

  const Atom* prev_ = nullptr;   // previous code atom
  const Atom* prev2_ = nullptr;  // the one before it
  std::vector<unsigned> stack_;  // per open bracket: '?' waiting for ':'
  unsigned top_ternaries_ = 0;
  bool type_ = false;  // inside a declared type
  unsigned angles_ = 0;
};

}  // namespace

std::vector<std::vector<Spacing>> computeSpacing(const std::vector<Line>& lines) {
  Spacer spacer;
  std::vector<std::vector<Spacing>> out(lines.size());
  for (size_t l = 0; l < lines.size(); ++l)
    for (const Atom& a : lines[l].atoms) out[l].push_back(spacer.next(a));
  return out;
}

}  // namespace migc::format
