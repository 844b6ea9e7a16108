// Binary operators with units, and list comprehensions.
#include <fmt/format.h>

#include <cmath>

#include "sema/elaborator.h"

namespace migc::sema {
namespace {

using Kind = ir::Value::Kind;

bool isNumeric(const ir::Value& v) { return v.kind == Kind::Int || v.kind == Kind::Number; }

std::optional<int> compare(const ir::Value& a, const ir::Value& b) {
  if (isNumeric(a) && isNumeric(b)) return a.number < b.number ? -1 : a.number > b.number ? 1 : 0;
  if (a.kind == Kind::Quantity && b.kind == Kind::Quantity && a.dimension == b.dimension)
    return a.number < b.number ? -1 : a.number > b.number ? 1 : 0;
  if ((a.kind == Kind::String || a.kind == Kind::Enum) && (b.kind == Kind::String || b.kind == Kind::Enum))
    return a.text.compare(b.text) < 0 ? -1 : a.text == b.text ? 0 : 1;
  if (a.kind == Kind::Bool && b.kind == Kind::Bool) return a.boolean == b.boolean ? 0 : 1;
  if (a.kind == Kind::Null && b.kind == Kind::Null) return 0;
  return std::nullopt;
}

}  // namespace

ir::Value Elaborator::binary(const Ast& ast, NodeId id) {
  const Node& n = ast.node(id);
  Op op = Op(n.op);
  ir::Value a = eval(ast, n.a);
  // && and || short-circuit on constants.
  if (op == Op::And && a.kind == Kind::Bool && !a.boolean) return ir::Value::ofBool(false);
  if (op == Op::Or && a.kind == Kind::Bool && a.boolean) return ir::Value::ofBool(true);
  ir::Value b = eval(ast, n.b);
  if (a.kind == Kind::Null || b.kind == Kind::Null) {
    if ((op == Op::Eq || op == Op::Ne) && a.kind == b.kind) return ir::Value::ofBool(op == Op::Eq);
    return {};  // an operand was already reported
  }
  if (!a.isConstant() || !b.isConstant()) {
    diags_.report(DiagKind::NotConstant, range(ast, id), "this expression",
                  firstSymbolic(a.isConstant() ? b : a))
        .help("parameters are decided at deploy time; only `when` and string interpolation can use them");
    return {};
  }
  auto bad = [&]() {
    diags_.report(DiagKind::InvalidOperands, range(ast, id), opSpelling(op), describe(a), describe(b));
    return ir::Value{};
  };
  auto overflow = [&]() {
    diags_.report(DiagKind::IntegerOverflow, range(ast, id), fmt::format("{} {} {}", a.integer, opSpelling(op), b.integer));
    return ir::Value{};
  };
  switch (op) {
    case Op::And: case Op::Or:
      if (a.kind != Kind::Bool || b.kind != Kind::Bool) return bad();
      return ir::Value::ofBool(op == Op::And ? a.boolean && b.boolean : a.boolean || b.boolean);
    case Op::Eq: case Op::Ne: {
      auto c = compare(a, b);
      if (!c) return bad();
      return ir::Value::ofBool((*c == 0) == (op == Op::Eq));
    }
    case Op::Lt: case Op::Le: case Op::Gt: case Op::Ge: {
      auto c = compare(a, b);
      if (!c || a.kind == Kind::Bool) return bad();
      bool r = op == Op::Lt ? *c < 0 : op == Op::Le ? *c <= 0 : op == Op::Gt ? *c > 0 : *c >= 0;
      return ir::Value::ofBool(r);
    }
    case Op::Add: case Op::Sub: {
      if (op == Op::Add && a.kind == Kind::String && b.kind == Kind::String) {
        if (!stringFits(a.text.size() + b.text.size(), range(ast, id))) return {};
        return ir::Value::ofString(a.text + b.text);
      }
      if (op == Op::Add && a.kind == Kind::List && b.kind == Kind::List) {
        size_t values = 0;
        unsigned depth = 0;
        if (!addValues(values, depth, a, range(ast, id)) || !addValues(values, depth, b, range(ast, id))) return {};
        ir::Value out = a;
        out.items.insert(out.items.end(), b.items.begin(), b.items.end());
        return out;
      }
      double sign = op == Op::Add ? 1 : -1;
      if (a.kind == Kind::Int && b.kind == Kind::Int) {
        int64_t r = 0;
        if (op == Op::Add ? __builtin_add_overflow(a.integer, b.integer, &r)
                          : __builtin_sub_overflow(a.integer, b.integer, &r))
          return overflow();
        return ir::Value::ofInt(r);
      }
      if (isNumeric(a) && isNumeric(b)) return ir::Value::ofNumber(a.number + sign * b.number);
      if (a.kind == Kind::Quantity && b.kind == Kind::Quantity && a.dimension == b.dimension)
        return ir::Value::ofQuantity(a.number + sign * b.number, a.dimension);
      return bad();
    }
    case Op::Mul: {
      if (a.kind == Kind::Int && b.kind == Kind::Int) {
        int64_t r = 0;
        if (__builtin_mul_overflow(a.integer, b.integer, &r)) return overflow();
        return ir::Value::ofInt(r);
      }
      if (isNumeric(a) && isNumeric(b)) return ir::Value::ofNumber(a.number * b.number);
      if (a.kind == Kind::Quantity && isNumeric(b)) return ir::Value::ofQuantity(a.number * b.number, a.dimension);
      if (isNumeric(a) && b.kind == Kind::Quantity) return ir::Value::ofQuantity(a.number * b.number, b.dimension);
      return bad();
    }
    case Op::Div: {
      bool zero = (isNumeric(b) || b.kind == Kind::Quantity) && b.number == 0;
      if (zero) {
        diags_.report(DiagKind::InvalidOperands, range(ast, id), "/", describe(a), "zero");
        return {};
      }
      // INT64_MIN / -1 is the one quotient that does not fit (and traps on x86).
      if (a.kind == Kind::Int && b.kind == Kind::Int && a.integer == INT64_MIN && b.integer == -1) return overflow();
      if (a.kind == Kind::Int && b.kind == Kind::Int && a.integer % b.integer == 0)
        return ir::Value::ofInt(a.integer / b.integer);
      if (isNumeric(a) && isNumeric(b)) return ir::Value::ofNumber(a.number / b.number);
      if (a.kind == Kind::Quantity && isNumeric(b)) return ir::Value::ofQuantity(a.number / b.number, a.dimension);
      if (a.kind == Kind::Quantity && b.kind == Kind::Quantity && a.dimension == b.dimension)
        return ir::Value::ofNumber(a.number / b.number);
      return bad();
    }
    default: return bad();
  }
}

bool Elaborator::iterate(const Ast& ast, NodeId iterable, const LoopBody& body) {
  ir::Value v = eval(ast, iterable);
  // Every iteration is work (limits.cpp); the loop stops once a limit is reached.
  SourceRange where = range(ast, iterable);
  if (v.kind == Kind::List) {
    for (size_t i = 0; i < v.items.size() && work(1, where); ++i) body(ir::Value::ofInt(int64_t(i)), v.items[i]);
    return true;
  }
  if (v.kind == Kind::Map) {
    for (const auto& [k, item] : v.entries) {
      if (!work(1, where)) break;
      body(ir::Value::ofString(k), item);
    }
    return true;
  }
  if (v.kind == Kind::Param || v.kind == Kind::Attr)
    diags_.report(DiagKind::NotConstant, range(ast, iterable), "what a loop iterates over", firstSymbolic(v));
  else if (v.kind != Kind::Null)
    diags_.report(DiagKind::TypeMismatch, range(ast, iterable), "a list or a map", describe(v));
  return false;
}

void Elaborator::forLoop(const Ast& ast, const Node& loop, const std::function<void()>& body) {
  ExpansionLevel level(*this, range(ast, loop.a));
  if (!level) return;
  std::string var(ast.str(loop.name));
  std::string var2 = loop.b ? std::string(ast.str(ast.node(loop.b).name)) : "";
  iterate(ast, loop.a, [&](const ir::Value& key, const ir::Value& value) {
    std::map<std::string, ir::Value, std::less<>> scope;
    if (var2.empty()) {
      scope[var] = value;
    } else {
      scope[var] = key;
      scope[var2] = value;
    }
    locals_.push_back(std::move(scope));
    body();
    locals_.pop_back();
  });
}

std::optional<bool> Elaborator::ifCondition(const Ast& ast, NodeId cond) {
  ir::Value c = eval(ast, cond);
  if (c.kind == Kind::Bool) return c.boolean;
  if (c.kind == Kind::Param || c.kind == Kind::Attr)
    diags_.report(DiagKind::NotConstant, range(ast, cond), "an if condition", firstSymbolic(c))
        .help("use `when` on a declaration for a deploy-time condition");
  else if (c.kind != Kind::Null)
    diags_.report(DiagKind::TypeMismatch, range(ast, cond), "a boolean", describe(c));
  return std::nullopt;
}

// [for x in xs : expr if cond]; [for i, x in xs : ...] binds the index (or
// the map key) first, the element (or value) second.
ir::Value Elaborator::comprehension(const Ast& ast, NodeId id) {
  const Node& n = ast.node(id);
  ir::Value out;
  out.kind = Kind::List;
  ExpansionLevel level(*this, range(ast, id));
  if (!level) return {};
  size_t values = 0;
  unsigned depth = 0;
  std::string first(ast.str(n.name));
  auto second_ids = ast.list(n.list);
  std::string second = second_ids.empty() ? "" : std::string(ast.str(ast.node(second_ids[0]).name));
  iterate(ast, n.a, [&](const ir::Value& key, const ir::Value& item) {
    std::map<std::string, ir::Value, std::less<>> scope;
    if (second.empty()) {
      scope[first] = item;
    } else {
      scope[first] = key;
      scope[second] = item;
    }
    locals_.push_back(std::move(scope));
    bool keep = true;
    if (n.c) {
      ir::Value c = eval(ast, n.c);
      if (c.kind == Kind::Bool) keep = c.boolean;
      else if (c.kind != Kind::Null) diags_.report(DiagKind::TypeMismatch, range(ast, n.c), "a boolean", describe(c));
    }
    if (keep) {
      out.items.push_back(eval(ast, n.b));
      addValues(values, depth, out.items.back(), range(ast, n.b));
    }
    locals_.pop_back();
  });
  if (exhausted_) return {};
  return out;
}

}  // namespace migc::sema
