#include "syntax/ast.h"

namespace migc {
namespace {

constexpr std::string_view kNodeNames[] = {
#define MIG_NODE(Name, Fields) #Name,
#include "syntax/node_kinds.def"
#undef MIG_NODE
};

constexpr UnitInfo kUnits[] = {
#define MIG_UNIT(Name, Suffix, Dim, Factor) {Unit::Name, Suffix, UnitDimension::Dim, Factor},
#include "syntax/units.def"
#undef MIG_UNIT
};

}  // namespace

std::string_view nodeKindName(NodeKind k) { return kNodeNames[static_cast<size_t>(k)]; }

const UnitInfo& unitInfo(Unit u) { return kUnits[static_cast<size_t>(u)]; }
std::span<const UnitInfo> allUnits() { return kUnits; }
const UnitInfo* findUnit(std::string_view suffix) {
  for (const UnitInfo& u : kUnits)
    if (u.suffix == suffix) return &u;
  return nullptr;
}

std::string_view opSpelling(Op op) {
  switch (op) {
    case Op::None: return "";
    case Op::Not: return "!";
    case Op::Neg: return "-";
    case Op::Mul: return "*";
    case Op::Div: return "/";
    case Op::Add: return "+";
    case Op::Sub: return "-";
    case Op::Lt: return "<";
    case Op::Le: return "<=";
    case Op::Gt: return ">";
    case Op::Ge: return ">=";
    case Op::Eq: return "==";
    case Op::Ne: return "!=";
    case Op::And: return "&&";
    case Op::Or: return "||";
  }
  return "";
}

void Ast::finishBuilding() {
  nodes_.shrink_to_fit();
  lists_.shrink_to_fit();
  numbers_.shrink_to_fit();
  comments_.shrink_to_fit();
  string_index_ = {};
}

Symbol Ast::intern(std::string_view s) {
  if (s.empty()) return Symbol{};
  if (string_index_.empty())
    for (uint32_t i = 1; i < strings_.size(); ++i) string_index_.emplace(strings_[i], i);
  auto it = string_index_.find(s);
  if (it != string_index_.end()) return Symbol{it->second};
  strings_.emplace_back(s);
  uint32_t index = static_cast<uint32_t>(strings_.size() - 1);
  string_index_.emplace(strings_.back(), index);
  return Symbol{index};
}

}  // namespace migc
