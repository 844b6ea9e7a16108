#include "policy/config.h"

#include "base/confine.h"

#include <fmt/format.h>

#include <fstream>
#include <sstream>

#include "checks/check_util.h"

namespace migc::policy {

namespace fs = std::filesystem;
using Type = JsonNode::Type;

const CodeSettings* PolicyConfig::find(std::string_view code) const {
  auto it = codes.find(code);
  return it == codes.end() ? nullptr : &it->second;
}

std::set<std::string, std::less<>> PolicyConfig::locked() const {
  std::set<std::string, std::less<>> out;
  for (const auto& [code, s] : codes)
    if (!s.suppressible) out.insert(code);
  return out;
}

const std::vector<std::string>& configTopLevelKeys() {
  static const std::vector<std::string> keys{"$schema", "$comment", "extends", "baseline", "rules"};
  return keys;
}

const std::vector<std::string>& configRuleKeys() {
  static const std::vector<std::string> keys{"enabled", "severity", "suppressible", "options", "reason"};
  return keys;
}

static void applyBaseline(PolicyConfig& config, std::string_view baseline) {
  for (const RuleEntry& r : allRules()) {
    CodeSettings& s = config.codes[std::string(r.code())];
    s.enabled = baseline == "all" || (baseline == "recommended" && r.enabled_by_default);
  }
}

PolicyConfig defaultPolicyConfig() {
  PolicyConfig config;
  for (const RuleEntry& r : allRules()) {
    CodeSettings& s = config.codes[std::string(r.code())];
    s.severity = diagInfo(r.kind).severity;
  }
  applyBaseline(config, "recommended");
  return config;
}

fs::path findConfigFile(const fs::path& root) {
  std::error_code ec;
  fs::path dir = fs::absolute(root, ec);
  if (ec) return {};
  for (;;) {
    fs::path candidate = dir / "migc.json";
    if (fs::is_regular_file(candidate, ec)) {
      // Name it relative to the root the user gave, as source files are.
      fs::path rel = candidate.lexically_relative(fs::absolute(fs::current_path(), ec));
      return rel.empty() || rel.native().starts_with("..") ? candidate : rel;
    }
    if (fs::exists(dir / ".git", ec) || !dir.has_parent_path() || dir.parent_path() == dir) return {};
    dir = dir.parent_path();
  }
}

namespace {

std::optional<Severity> severityNamed(std::string_view s) {
  if (s == "error") return Severity::Error;
  if (s == "warning") return Severity::Warning;
  if (s == "note") return Severity::Note;
  return std::nullopt;
}

class Reader {
 public:
  Reader(SourceManager& sm, DiagnosticSink& sink, PolicyConfig& config, fs::path stdlib)
      : sm_(sm), sink_(sink), config_(config), stdlib_(std::move(stdlib)) {}

  // Returns false when the file cannot be read.
  bool file(const fs::path& path, std::string& error) {
    // Bounded and regular only, as every input (base/confine.h).
    std::string text;
    uintmax_t size = 0;
    if (ReadStatus status = readBounded(path, kMaxInputBytes, text, size); status != ReadStatus::Ok) {
      error = fmt::format("cannot read {}: {}", path.string(), describe(status, kMaxInputBytes));
      return false;
    }
    FileId id = sm_.add(path.string(), std::move(text));
    JsonError jerr;
    std::optional<JsonNode> root = parseJson(sm_.text(id), id, jerr);
    if (!root) {
      sink_.report(DiagKind::ConfigSyntax, jerr.range, jerr.message);
      return true;
    }
    stack_.push_back(fs::weakly_canonical(path));
    document(*root, path);
    stack_.pop_back();
    return true;
  }

 private:
  void wrongType(const JsonNode& n, std::string_view what, std::string_view expected) {
    sink_.report(DiagKind::ConfigType, n.range, what, expected, n.typeName());
  }

  void document(const JsonNode& root, const fs::path& path) {
    if (root.type != Type::Object) return wrongType(root, "the config", "an object");
    for (size_t i = 0; i < root.members.size(); ++i) {
      const std::string& key = root.members[i].first;
      const auto& keys = configTopLevelKeys();
      if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
        auto b = sink_.report(DiagKind::ConfigUnknownKey, root.keys[i], "member", key);
        if (std::string near = checks::closest(key, keys); !near.empty()) b.help(fmt::format("did you mean \"{}\"?", near));
      }
    }
    // Order matters and is documented: baseline, then packs, then rules.
    if (const JsonNode* b = root.get("baseline")) {
      if (b->type != Type::String || (b->text != "recommended" && b->text != "all" && b->text != "none"))
        sink_.report(DiagKind::ConfigType, b->range, "\"baseline\"", "\"recommended\", \"all\" or \"none\"",
                     b->type == Type::String ? fmt::format("\"{}\"", b->text) : std::string(b->typeName()));
      else
        applyBaseline(config_, b->text);
    }
    if (const JsonNode* e = root.get("extends")) {
      if (e->type != Type::Array) {
        wrongType(*e, "\"extends\"", "an array of pack names");
      } else {
        for (const JsonNode& pack : e->items) {
          if (pack.type != Type::String) { wrongType(pack, "a pack name", "a string"); continue; }
          extend(pack, path);
        }
      }
    }
    if (const JsonNode* rules = root.get("rules")) {
      if (rules->type != Type::Object) return wrongType(*rules, "\"rules\"", "an object");
      for (size_t i = 0; i < rules->members.size(); ++i) rule(rules->members[i].first, rules->keys[i], rules->members[i].second);
    }
  }

  void extend(const JsonNode& name, const fs::path& from) {
    fs::path target;
    std::string looked;
    if (name.text.starts_with("std/")) {
      target = stdlib_ / "policy" / (name.text.substr(4) + ".json");
    } else {
      target = from.parent_path() / name.text;
      if (target.extension() != ".json") target += ".json";
    }
    std::error_code ec;
    if (stdlib_.empty() && name.text.starts_with("std/")) {
      sink_.report(DiagKind::ConfigPackNotFound, name.range, name.text, "the stdlib, which was not found");
      return;
    }
    if (!fs::is_regular_file(target, ec)) {
      auto b = sink_.report(DiagKind::ConfigPackNotFound, name.range, name.text, target.string());
      if (name.text.starts_with("std/")) b.help(fmt::format("the stdlib packs are: {}", stdPacks()));
      return;
    }
    fs::path canonical = fs::weakly_canonical(target, ec);
    for (const fs::path& open : stack_) {
      if (open == canonical) {
        sink_.report(DiagKind::ConfigPackCycle, name.range, name.text);
        return;
      }
    }
    std::string error;
    if (!file(target, error)) sink_.report(DiagKind::ConfigPackNotFound, name.range, name.text, error);
  }

  std::string stdPacks() const {
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(stdlib_ / "policy", ec))
      if (e.path().extension() == ".json") names.push_back("std/" + e.path().stem().string());
    std::sort(names.begin(), names.end());
    return checks::join(names);
  }

  void rule(const std::string& key, SourceRange key_range, const JsonNode& value) {
    const RuleEntry* entry = findRule(key);
    std::string code = entry ? std::string(entry->code()) : key;
    if (!entry) {
      auto kind = findDiagByCode(key);
      bool domain = kind && key[3] == '2';
      if (!domain && !isProjectRuleCode(key)) {
        if (kind) {
          sink_.report(DiagKind::ConfigCodeNotConfigurable, key_range, key,
                       "only policy rules (MIG5xxx), project rules (MIG59xx) and domain checks (MIG2xxx) are configurable");
          return;
        }
        std::vector<std::string> names;
        for (const RuleEntry& r : allRules()) names.push_back(std::string(r.id));
        auto b = sink_.report(DiagKind::ConfigUnknownRule, key_range, key);
        if (std::string near = checks::closest(key, names); !near.empty()) b.help(fmt::format("did you mean \"{}\"?", near));
        return;
      }
    }
    auto [it, inserted] = config_.codes.try_emplace(code);
    CodeSettings& s = it->second;
    if (inserted && !entry) s.severity = Severity::Warning;
    s.where = key_range;
    if (value.type == Type::String) {
      if (value.text == "off") s.enabled = false;
      else if (value.text == "on") s.enabled = true;
      else if (auto sev = severityNamed(value.text)) { s.enabled = true; s.severity = *sev; s.severity_set = true; }
      else sink_.report(DiagKind::ConfigType, value.range, fmt::format("the setting of {}", key),
                        "\"off\", \"on\", \"note\", \"warning\" or \"error\"", fmt::format("\"{}\"", value.text));
      return;
    }
    if (value.type != Type::Object)
      return wrongType(value, fmt::format("the setting of {}", key), "a severity string or an object");
    s.enabled = true;  // naming a rule enables it, unless "enabled": false says otherwise
    for (size_t i = 0; i < value.members.size(); ++i) {
      const auto& [k, v] = value.members[i];
      if (k == "enabled") {
        if (v.type != Type::Bool) wrongType(v, "\"enabled\"", "a boolean"); else s.enabled = v.boolean;
      } else if (k == "severity") {
        auto sev = v.type == Type::String ? severityNamed(v.text) : std::nullopt;
        if (!sev) wrongType(v, "\"severity\"", "\"note\", \"warning\" or \"error\"");
        else { s.severity = *sev; s.severity_set = true; }
      } else if (k == "suppressible") {
        if (v.type != Type::Bool) wrongType(v, "\"suppressible\"", "a boolean"); else s.suppressible = v.boolean;
      } else if (k == "reason") {
        if (v.type != Type::String) wrongType(v, "\"reason\"", "a string");
      } else if (k == "options") {
        options(entry, key, v, s);
      } else {
        auto b = sink_.report(DiagKind::ConfigUnknownKey, value.keys[i], "rule setting", k);
        if (std::string near = checks::closest(k, configRuleKeys()); !near.empty()) b.help(fmt::format("did you mean \"{}\"?", near));
      }
    }
  }

  void options(const RuleEntry* entry, const std::string& key, const JsonNode& v, CodeSettings& s) {
    if (v.type != Type::Object) return wrongType(v, "\"options\"", "an object");
    std::vector<RuleOption> declared = entry ? entry->rule->options() : std::vector<RuleOption>{};
    for (size_t i = 0; i < v.members.size(); ++i) {
      // Not a structured binding: clang 14 (the fuzzers' compiler) cannot capture one.
      const std::string& name = v.members[i].first;
      const JsonNode& value = v.members[i].second;
      auto it = std::find_if(declared.begin(), declared.end(), [&](const RuleOption& o) { return o.name == name; });
      if (it == declared.end()) {
        std::vector<std::string> names;
        for (const RuleOption& o : declared) names.push_back(o.name);
        auto b = sink_.report(DiagKind::ConfigUnknownOption, v.keys[i], key, name);
        if (names.empty()) b.help(fmt::format("{} has no options", key));
        else b.help(fmt::format("its options: {}", checks::join(names)));
        continue;
      }
      if (std::string expected = optionTypeMismatch(it->type, value); !expected.empty()) {
        wrongType(value, fmt::format("option \"{}\"", name), expected);
        continue;
      }
      auto existing = std::find_if(s.options.begin(), s.options.end(), [&](const auto& o) { return o.first == name; });
      if (existing != s.options.end()) existing->second = value;
      else s.options.emplace_back(name, value);
    }
  }

  SourceManager& sm_;
  DiagnosticSink& sink_;
  PolicyConfig& config_;
  fs::path stdlib_;
  std::vector<fs::path> stack_;  // files being read, for cycles
};

}  // namespace

bool loadPolicyConfig(const fs::path& file, const fs::path& stdlib_dir, SourceManager& sm, DiagnosticSink& sink,
                      PolicyConfig& config, std::string& error) {
  config.file = file;
  return Reader(sm, sink, config, stdlib_dir).file(file, error);
}

}  // namespace migc::policy
