// Structural comparison of two ASTs of the same text: the check that the
// fast parser builds what the ANTLR path builds (the differential test and
// the fuzzer use it). Node ids, list offsets and symbol numbers are
// internal and may differ; everything a pass can observe must not.
#include <cstring>

#include <fmt/format.h>

#include "syntax/ast.h"

namespace migc {
namespace {

class Comparer {
 public:
  Comparer(const Ast& a, const Ast& b) : a_(a), b_(b) {}

  std::string run() {
    if (a_.comments() != b_.comments())
      return fmt::format("comments differ: {} against {}", a_.comments().size(),
                         b_.comments().size());
    if (a_.root().valid() != b_.root().valid()) return "one tree has no root";
    if (a_.root()) compare(a_.root(), b_.root(), "File");
    return diff_;
  }

 private:
  bool numbersEqual(const Node& x, const Node& y) const {
    const NumberValue& p = a_.number(x);
    const NumberValue& q = b_.number(y);
    return p.is_integer == q.is_integer && p.integer == q.integer &&
           std::memcmp(&p.value, &q.value, sizeof p.value) == 0;
  }

  void compareChild(NodeId x, NodeId y, const std::string& path) {
    if (!diff_.empty()) return;
    if (x.valid() != y.valid()) {
      diff_ = fmt::format("{}: present in one tree only", path);
      return;
    }
    if (x) compare(x, y, path);
  }

  void compareList(ListRef x, ListRef y, const std::string& path) {
    if (!diff_.empty()) return;
    if (x.count != y.count) {
      diff_ = fmt::format("{}: {} against {} elements", path, x.count, y.count);
      return;
    }
    auto xs = a_.list(x);
    auto ys = b_.list(y);
    for (size_t i = 0; i < xs.size(); ++i) compareChild(xs[i], ys[i], fmt::format("{}[{}]", path, i));
  }

  void compare(NodeId x, NodeId y, const std::string& path) {
    const Node& n = a_.node(x);
    const Node& m = b_.node(y);
    if (n.kind != m.kind || n.op != m.op || n.begin != m.begin || n.end != m.end ||
        a_.str(n.name) != b_.str(m.name)) {
      diff_ = fmt::format("{}: {} op={} [{}-{}] \"{}\" against {} op={} [{}-{}] \"{}\"", path,
                          nodeKindName(n.kind), n.op, n.begin, n.end, a_.str(n.name),
                          nodeKindName(m.kind), m.op, m.begin, m.end, b_.str(m.name));
      return;
    }
    if ((n.kind == NodeKind::Number || n.kind == NodeKind::UnitNumber) && !numbersEqual(n, m)) {
      diff_ = fmt::format("{}: number values differ", path);
      return;
    }
    std::string here = fmt::format("{}/{}", path, nodeKindName(n.kind));
    compareChild(n.a, m.a, here + ".a");
    compareChild(n.b, m.b, here + ".b");
    compareChild(n.c, m.c, here + ".c");
    compareList(n.list, m.list, here + ".list");
    compareList(n.list2, m.list2, here + ".list2");
  }

  const Ast& a_;
  const Ast& b_;
  std::string diff_;
};

}  // namespace

std::string astDifference(const Ast& a, const Ast& b) { return Comparer(a, b).run(); }

}  // namespace migc
