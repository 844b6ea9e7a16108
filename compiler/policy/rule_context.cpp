#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <mutex>

#include "checks/check.h"
#include "policy/rule.h"

namespace migc::policy {

using Kind = ir::Value::Kind;

bool isProjectRuleCode(std::string_view code) {
  return code.size() == 7 && code.substr(0, 5) == "MIG59" && std::isdigit(static_cast<unsigned char>(code[5])) &&
         std::isdigit(static_cast<unsigned char>(code[6]));
}

std::string ruleDocsAnchor(std::string_view code) {
  std::string out;
  for (char c : code) out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return out;
}

std::string_view optionTypeName(RuleOption::Type type) {
  switch (type) {
    case RuleOption::Type::Integer: return "integer";
    case RuleOption::Type::String: return "string";
    case RuleOption::Type::StringList: return "list of strings";
    case RuleOption::Type::IntegerMap: return "object of integers";
  }
  return "value";
}

std::string optionTypeMismatch(RuleOption::Type type, const JsonNode& v) {
  using T = JsonNode::Type;
  switch (type) {
    case RuleOption::Type::Integer:
      return v.type == T::Number && v.integral ? "" : "an integer";
    case RuleOption::Type::String:
      return v.type == T::String ? "" : "a string";
    case RuleOption::Type::StringList:
      if (v.type == T::Array && std::all_of(v.items.begin(), v.items.end(), [](const JsonNode& i) { return i.type == T::String; }))
        return "";
      return "an array of strings";
    case RuleOption::Type::IntegerMap:
      if (v.type == T::Object && std::all_of(v.members.begin(), v.members.end(),
                                             [](const auto& m) { return m.second.type == T::Number && m.second.integral; }))
        return "";
      return "an object whose values are integers";
  }
  return "a value";
}

DiagKind RuleContext::kind() const { return rule_.kind(); }

std::vector<const ir::Object*> RuleContext::objectsOf(std::string_view kind) const {
  std::vector<const ir::Object*> out;
  for (const ir::Object& o : program_.objects)
    if (o.kind == kind) out.push_back(&o);
  return out;
}

const ir::Object* RuleContext::referenced(const ir::Object& object, std::string_view path) const {
  return program_.referenced(object, path);
}

std::vector<const ir::Object*> RuleContext::referrers(const ir::Object& target, std::string_view kind,
                                                      std::string_view path) const {
  int index = program_.indexOf(target.name);
  if (index < 0) return {};
  // Every declaration's referrers for (kind, path), found in one pass the
  // first time a rule asks: a rule asks for each declaration it checks, and
  // a pass per question made those rules quadratic.
  auto key = std::pair{std::string(kind), std::string(path)};
  auto it = referrers_.find(key);
  if (it == referrers_.end()) {
    std::vector<std::vector<const ir::Object*>> by_target(program_.objects.size());
    for (const ir::Object& o : program_.objects) {
      if (!kind.empty() && o.kind != kind) continue;
      const ir::Value* v = o.field(path);
      if (!v) continue;
      auto add = [&](const ir::Value& x) {
        if (x.kind != Kind::Attr || x.object >= by_target.size()) return;
        auto& list = by_target[x.object];
        if (list.empty() || list.back() != &o) list.push_back(&o);  // once, however often o names it
      };
      add(*v);
      for (const ir::Value& item : v->items) add(item);
    }
    it = referrers_.emplace(std::move(key), std::move(by_target)).first;
  }
  return it->second[static_cast<size_t>(index)];
}

std::pair<const ir::Object*, std::string> RuleContext::watched(const ir::Object& alarm) const {
  const ir::Value* v = alarm.field("watch");
  if (!v || v->kind != Kind::Attr || v->object >= program_.objects.size()) return {nullptr, ""};
  return {&program_.objects[v->object], v->text};
}

SourceRange RuleContext::where(const ir::Object& object, std::string_view path) const {
  for (std::string_view p = path;;) {
    for (const auto& [written, range] : object.field_ranges)
      if (written == p) return range;
    if (const ir::Value* v = object.field(p); v && v->range.file.valid()) return v->range;
    size_t dot = p.rfind('.');
    if (dot == std::string_view::npos) return object.name_range;
    p = p.substr(0, dot);
  }
}

bool RuleContext::addToMap(DiagBuilder& b, const ir::Value* map, std::string_view entry) const {
  if (!map || map->kind != Kind::Map || !map->range.file.valid()) return false;
  if (map->entries.empty()) {
    b.fix(map->range, fmt::format("{{ {} }}", entry));
    return true;
  }
  const SourceRange& last = map->entries.back().second.range;
  if (!last.file.valid()) return false;
  b.fix(SourceRange{last.file, last.end, last.end}, fmt::format(", {}", entry));
  return true;
}

const JsonNode& RuleContext::option(std::string_view name) const {
  for (const auto& [n, v] : settings_.options)
    if (n == name) return v;
  // The documented default; parsed once per rule and option.
  static std::mutex mutex;
  static std::map<std::string, JsonNode, std::less<>> defaults;
  std::string key = fmt::format("{}/{}", diagInfo(kind()).code, name);
  std::lock_guard lock(mutex);
  if (auto it = defaults.find(key); it != defaults.end()) return it->second;
  for (const RuleOption& o : rule_.options()) {
    if (o.name != name) continue;
    JsonError error;
    auto parsed = parseJson(o.default_json, FileId{}, error);
    return defaults.emplace(key, parsed ? *parsed : JsonNode{}).first->second;
  }
  return defaults.emplace(key, JsonNode{}).first->second;
}

int64_t RuleContext::integer(std::string_view name) const { return static_cast<int64_t>(option(name).number); }

std::string RuleContext::string(std::string_view name) const { return option(name).text; }

std::vector<std::string> RuleContext::strings(std::string_view name) const {
  std::vector<std::string> out;
  for (const JsonNode& item : option(name).items) out.push_back(item.text);
  return out;
}

std::vector<std::pair<std::string, int64_t>> RuleContext::integerMap(std::string_view name) const {
  std::vector<std::pair<std::string, int64_t>> out;
  for (const auto& [k, v] : option(name).members) out.emplace_back(k, static_cast<int64_t>(v.number));
  return out;
}

}  // namespace migc::policy
