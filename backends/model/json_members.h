// Members of a large JSON object (a template's Resources, Outputs, ...)
// added in order in constant time each. ordered_json's operator[] looks
// its key up by a scan of the object, which made printing a stack of N
// resources quadratic in N. Same meaning as operator[]: a key set again
// keeps its first place and takes the new value.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace migc::model {

class JsonMembers {
 public:
  using json = nlohmann::ordered_json;

  json& operator[](const std::string& key) {
    auto [it, added] = at_.try_emplace(key, members_.size());
    if (added) members_.emplace_back(key, json());
    return members_[it->second].second;
  }
  bool empty() const { return members_.empty(); }

  // The object, members in the order their keys were first set.
  json take() && {
    json out = json::object();
    auto& object = out.get_ref<json::object_t&>();
    object.reserve(members_.size());
    // Appended to the underlying vector: the keys are already unique.
    for (auto& [key, value] : members_) object.std::vector<json::object_t::value_type>::emplace_back(key, std::move(value));
    members_.clear();
    at_.clear();
    return out;
  }

 private:
  std::vector<std::pair<std::string, json>> members_;
  std::unordered_map<std::string, size_t> at_;
};

}  // namespace migc::model
