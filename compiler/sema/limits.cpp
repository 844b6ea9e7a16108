// What one program may make semantic analysis do (elaborator.h, docs/language.md
// "Limits"): every limit is a located diagnostic, never exhausted memory, a
// hang or a stack overflow.
#include <fmt/format.h>

#include "sema/elaborator.h"

namespace migc::sema {

bool Elaborator::overLimit(std::string_view what, size_t limit, SourceRange where, bool depth) {
  if (!exhausted_)
    diags_.report(depth ? DiagKind::ExpansionTooDeep : DiagKind::ExpansionTooLarge, where, what, limit)
        .help("split the program, or compute less at compile time");
  exhausted_ = true;
  return false;
}

// Recursion is safe: no value nests deeper than kMaxValueDepth (addValues).
size_t Elaborator::valueCount(const ir::Value& v, size_t cap, unsigned& depth) {
  size_t n = 1;
  depth = 0;
  auto visit = [&](const ir::Value& item) {
    if (n > cap) return;
    unsigned d = 0;
    n += valueCount(item, cap - std::min(cap, n), d);
    depth = std::max(depth, d + 1);
  };
  for (const ir::Value& item : v.items) visit(item);
  for (const auto& [key, item] : v.entries) visit(item);
  return n;
}

bool Elaborator::addValues(size_t& total, unsigned& depth, const ir::Value& item, SourceRange where) {
  if (exhausted_) return false;
  unsigned d = 0;
  total += valueCount(item, kMaxValueNodes, d);
  depth = std::max(depth, d + 1);
  if (depth > kMaxValueDepth) return overLimit("lists and maps", kMaxValueDepth, where, true);
  if (total <= kMaxValueNodes) return true;
  return overLimit("the number of values in this list or map", kMaxValueNodes, where);
}

bool Elaborator::stringFits(size_t bytes, SourceRange where) {
  if (exhausted_) return false;
  if (bytes <= kMaxStringBytes) return true;
  return overLimit("the length of this string in bytes", kMaxStringBytes, where);
}

bool Elaborator::work(size_t units, SourceRange where) {
  if (exhausted_) return false;
  work_ += units;
  if (work_ <= kMaxWork) return true;
  return overLimit("the compile-time work (loop iterations and values copied)", kMaxWork, where);
}

Elaborator::ExpansionLevel::ExpansionLevel(Elaborator& e, SourceRange where) : e_(e), ok_(true) {
  if (++e_.expansion_depth_ > kMaxExpansionDepth)
    ok_ = e_.overLimit("loops, comprehensions and component uses", kMaxExpansionDepth, where, true);
  ok_ = ok_ && !e_.exhausted_;
}

}  // namespace migc::sema
