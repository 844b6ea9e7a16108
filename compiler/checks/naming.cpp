// Expanding the naming pattern (see the header).
#include "checks/naming.h"

namespace migc::checks {

std::vector<Placeholder> placeholdersOf(std::string_view pattern) {
  std::vector<Placeholder> out;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] != '{') continue;
    size_t close = pattern.find('}', i);
    if (close == std::string_view::npos) break;
    out.push_back({std::string(pattern.substr(i + 1, close - i - 1)), i});
    i = close;
  }
  return out;
}

std::vector<NamePart> expandNaming(const ir::Program& program, const ir::Object& object, std::string_view kind_label) {
  std::vector<NamePart> parts;
  auto literal = [&](std::string_view text) {
    if (text.empty()) return;
    if (parts.empty() || parts.back().param) parts.push_back(NamePart{});
    parts.back().text += text;
  };
  std::string_view pattern = program.naming;
  size_t at = 0;
  for (const Placeholder& p : placeholdersOf(pattern)) {
    literal(pattern.substr(at, p.offset - at));
    at = p.offset + p.name.size() + 2;
    if (p.name == "name") {
      std::string name = object.name;
      for (char& c : name) c = c == '_' ? '-' : c;
      literal(name);
    } else if (p.name == "kind") {
      literal(kind_label);
    } else {
      NamePart param{p.name, true, -1};
      for (const ir::Param& declared : program.params)
        if (declared.name == p.name && !declared.allowed.empty()) {
          param.max_length = 0;
          for (const std::string& v : declared.allowed) param.max_length = std::max(param.max_length, int(v.size()));
        }
      parts.push_back(std::move(param));
    }
  }
  literal(pattern.substr(std::min(at, pattern.size())));
  return parts;
}

}  // namespace migc::checks
