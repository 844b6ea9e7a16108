#include "cloudformation/aws_names.h"

#include <array>
#include <map>
#include <utility>

namespace migc::cloudformation {
namespace {

struct Index {
  std::map<std::string_view, const TypeName*> types;
  std::map<std::pair<std::string_view, std::string_view>, const PropertyName*> properties;
  std::map<std::pair<std::string_view, std::string_view>, const AttributeName*> attributes;
  std::map<std::string_view, const Fold*> folds;
};

const Index& index() {
  static const Index kIndex = [] {
    Index ix;
    for (const NameTables& t : allNameTables()) {
      for (const TypeName& r : t.types) ix.types[r.tf] = &r;
      for (const PropertyName& r : t.properties) ix.properties[{r.tf, r.path}] = &r;
      for (const AttributeName& r : t.attributes) ix.attributes[{r.tf, r.attr}] = &r;
      for (const Fold& r : t.folds) ix.folds[r.child] = &r;
    }
    return ix;
  }();
  return kIndex;
}

template <typename Map, typename Key>
auto find(const Map& map, const Key& key) -> typename Map::mapped_type {
  auto it = map.find(key);
  return it == map.end() ? nullptr : it->second;
}

}  // namespace

std::span<const NameTables> allNameTables() {
  static const std::array kAll = {ec2Names(),       rdsNames(),     dmsNames(),  iamNames(),
                                  containerNames(), storageNames(), eventNames(), networkingNames()};
  return kAll;
}

const TypeName* typeName(std::string_view tf) { return find(index().types, tf); }
const PropertyName* propertyName(std::string_view tf, std::string_view path) {
  return find(index().properties, std::make_pair(tf, path));
}
const AttributeName* attributeName(std::string_view tf, std::string_view attr) {
  return find(index().attributes, std::make_pair(tf, attr));
}
const Fold* foldOf(std::string_view child) { return find(index().folds, child); }

std::string pascal(std::string_view snake) {
  std::string out;
  bool up = true;
  for (char c : snake) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!alnum) {
      up = true;
      continue;
    }
    out += up && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    up = false;
  }
  return out;
}

}  // namespace migc::cloudformation
