// The AST of one .mig file. Nodes live in one vector and refer to each other
// by NodeId; variable-length children live in a shared id vector addressed
// by ListRef; identifiers and string text are interned per file. The whole
// structure is a handful of flat arrays: cheap to build, to move between
// threads, and to drop.
#pragma once

#include <cstdint>
#include <deque>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "diag/source_manager.h"

namespace migc {

enum class NodeKind : uint8_t {
#define MIG_NODE(Name, Fields) Name,
#include "syntax/node_kinds.def"
#undef MIG_NODE
};
std::string_view nodeKindName(NodeKind k);

enum class Unit : uint8_t {
#define MIG_UNIT(Name, Suffix, Dim, Factor) Name,
#include "syntax/units.def"
#undef MIG_UNIT
};
enum class UnitDimension : uint8_t { Duration, Size, Percent, Money };
struct UnitInfo {
  Unit unit;
  std::string_view suffix;
  UnitDimension dimension;
  double factor;
};
const UnitInfo& unitInfo(Unit u);
std::span<const UnitInfo> allUnits();
const UnitInfo* findUnit(std::string_view suffix);

enum class Op : uint8_t { None, Not, Neg, Mul, Div, Add, Sub, Lt, Le, Gt, Ge, Eq, Ne, And, Or };
std::string_view opSpelling(Op op);

struct NodeId {
  uint32_t index = UINT32_MAX;
  bool valid() const { return index != UINT32_MAX; }
  explicit operator bool() const { return valid(); }
  friend bool operator==(NodeId, NodeId) = default;
};

struct ListRef {
  uint32_t offset = 0;
  uint32_t count = 0;
};

// An interned string; 0 is the empty/absent symbol.
struct Symbol {
  uint32_t index = 0;
  bool valid() const { return index != 0; }
  friend bool operator==(Symbol, Symbol) = default;
};

struct Node {
  NodeKind kind = NodeKind::Error;
  uint8_t op = 0;
  uint32_t begin = 0;  // byte range [begin, end) in the file
  uint32_t end = 0;
  Symbol name;
  NodeId a, b, c;
  ListRef list;
  ListRef list2;  // annotations of a declaration
  uint32_t value = 0;  // index into the literal table for Number/UnitNumber
};

struct NumberValue {
  double value = 0;
  bool is_integer = false;
  int64_t integer = 0;
};

class Ast {
 public:
  explicit Ast(FileId file) : file_(file) {
    strings_.emplace_back();
    nodes_.reserve(256);
  }
  // Move-only: the intern table's keys view the strings in `strings_`; a
  // move keeps them where they are, a copy would leave the keys viewing the
  // original. (std::deque's move is not noexcept, so without this a growing
  // std::vector<Ast> would copy.)
  Ast(const Ast&) = delete;
  Ast& operator=(const Ast&) = delete;
  Ast(Ast&&) = default;
  Ast& operator=(Ast&&) = default;

  FileId file() const { return file_; }
  NodeId root() const { return root_; }
  void setRoot(NodeId id) { root_ = id; }

  NodeId add(const Node& n) {
    nodes_.push_back(n);
    return NodeId{static_cast<uint32_t>(nodes_.size() - 1)};
  }
  const Node& node(NodeId id) const { return nodes_[id.index]; }
  Node& node(NodeId id) { return nodes_[id.index]; }
  size_t nodeCount() const { return nodes_.size(); }

  ListRef addList(std::span<const NodeId> ids) {
    ListRef r{static_cast<uint32_t>(lists_.size()), static_cast<uint32_t>(ids.size())};
    lists_.insert(lists_.end(), ids.begin(), ids.end());
    return r;
  }
  std::span<const NodeId> list(ListRef r) const { return {lists_.data() + r.offset, r.count}; }

  Symbol intern(std::string_view s);
  std::string_view str(Symbol s) const { return strings_[s.index]; }

  uint32_t addNumber(NumberValue v) {
    numbers_.push_back(v);
    return static_cast<uint32_t>(numbers_.size() - 1);
  }
  const NumberValue& number(const Node& n) const { return numbers_[n.value]; }

  SourceRange range(NodeId id) const {
    const Node& n = node(id);
    return {file_, n.begin, n.end};
  }

  // Called by parseFile once the tree is complete. The node and list arrays
  // grow by doubling, so up to half of each is unused capacity that would
  // otherwise stay allocated while the whole workspace is checked; the
  // intern index is not needed after parsing either (intern() rebuilds it).
  void finishBuilding();

  // Comments in source order, as byte ranges; kept for the formatter.
  std::vector<std::pair<uint32_t, uint32_t>>& comments() { return comments_; }
  const std::vector<std::pair<uint32_t, uint32_t>>& comments() const { return comments_; }

 private:
  FileId file_;
  NodeId root_;
  std::vector<Node> nodes_;
  std::vector<NodeId> lists_;
  std::vector<NumberValue> numbers_;
  // std::deque keeps string_views into it stable while it grows.
  std::deque<std::string> strings_;
  std::unordered_map<std::string_view, uint32_t> string_index_;
  std::vector<std::pair<uint32_t, uint32_t>> comments_;
};

// A stable, indented textual dump of the tree for golden tests.
std::string dumpAst(const Ast& ast, std::string_view source);

// Empty when two trees of the same text are the same (kinds, ranges, names,
// operators, numbers, children, comments); otherwise where they first differ.
std::string astDifference(const Ast& a, const Ast& b);

}  // namespace migc
