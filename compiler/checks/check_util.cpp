#include "checks/check_util.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>

#include "checks/check.h"
#include "syntax/literals.h"

namespace migc::checks {

using Kind = ir::Value::Kind;

std::vector<const ir::Object*> CheckContext::objectsOf(std::string_view kind) const {
  std::vector<const ir::Object*> out;
  for (const ir::Object& o : program_.objects)
    if (o.kind == kind) out.push_back(&o);
  return out;
}

std::vector<const ir::Object*> CheckContext::objectsOf(std::initializer_list<std::string_view> kinds) const {
  std::vector<const ir::Object*> out;
  for (const ir::Object& o : program_.objects)
    for (std::string_view kind : kinds)
      if (o.kind == kind) out.push_back(&o);
  return out;
}

const ir::Object* CheckContext::referenced(const ir::Object& object, std::string_view path) const {
  return program_.referenced(object, path);
}

SourceRange CheckContext::where(const ir::Object& object, std::string_view path) const {
  for (std::string_view p = path;;) {
    for (const auto& [written, range] : object.field_ranges)
      if (written == p) return range;
    if (const ir::Value* v = object.field(p); v && v->range.file.valid()) return v->range;
    size_t dot = p.rfind('.');
    if (dot == std::string_view::npos) return object.name_range;
    p = p.substr(0, dot);
  }
}

const std::string* constText(const ir::Value* v) {
  return v && (v->kind == Kind::String || v->kind == Kind::Enum) ? &v->text : nullptr;
}

std::optional<double> constNumber(const ir::Value* v) {
  if (v && (v->kind == Kind::Int || v->kind == Kind::Number)) return v->number;
  return std::nullopt;
}

std::optional<double> constQuantity(const ir::Value* v, ir::Dimension d) {
  if (v && v->kind == Kind::Quantity && v->dimension == d) return v->number;
  return std::nullopt;
}

bool isWritten(const ir::Object& object, std::string_view path) {
  for (const auto& [written, range] : object.field_ranges)
    if (written == path) return true;
  const ir::Value* v = object.field(path);
  return v && v->range.file.valid();
}

std::optional<EngineSpec> engineOf(const ir::Object& object) {
  const ir::Value* e = object.field("engine");
  const std::string* name = e ? constText(e->get("engine")) : nullptr;
  const std::string* version = e ? constText(e->get("version")) : nullptr;
  if (!name || !version) return std::nullopt;
  return EngineSpec{*name, *version};
}

std::string engineCall(std::string_view engine, std::string_view version) {
  std::string fn(engine);
  std::replace(fn.begin(), fn.end(), '-', '_');
  return fmt::format("{}(\"{}\")", fn, version);
}

bool isAurora(std::string_view engine) { return engine.starts_with("aurora-"); }

std::string_view engineFamily(std::string_view engine) {
  if (engine.find("postgres") != std::string_view::npos) return "postgresql";
  if (engine.find("mysql") != std::string_view::npos) return "mysql";
  if (engine.starts_with("oracle")) return "oracle";
  if (engine.starts_with("sqlserver")) return "sqlserver";
  return engine;
}

std::string majorOf(const EngineInfo& info, std::string_view engine, std::string_view version) {
  if (const EngineVersionInfo* v = info.find(version)) return v->major;
  size_t first = version.find('.');
  std::string_view one = version.substr(0, first);
  size_t second = first == std::string_view::npos ? first : version.find('.', first + 1);
  std::string_view two = version.substr(0, second);
  bool two_parts = engine.find("mysql") != std::string_view::npos ||
                   (one.size() == 1 && std::isdigit(static_cast<unsigned char>(one[0])));
  if (!two_parts) return std::string(one);
  return first == std::string_view::npos ? std::string() : std::string(two);
}

std::string parameterFamily(const StdlibData& data, const EngineSpec& spec) {
  const EngineInfo* info = data.engine(spec.engine);
  if (!info) return {};
  std::string major = majorOf(*info, spec.engine, spec.version);
  if (major.empty() || !info->hasFamily(info->familyFor(major))) return {};
  return info->familyFor(major);
}

int compareVersions(std::string_view a, std::string_view b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    bool da = std::isdigit(static_cast<unsigned char>(a[i])), db = std::isdigit(static_cast<unsigned char>(b[j]));
    if (da && db) {
      uint64_t x = 0, y = 0;
      while (i < a.size() && std::isdigit(static_cast<unsigned char>(a[i]))) x = x * 10 + uint64_t(a[i++] - '0');
      while (j < b.size() && std::isdigit(static_cast<unsigned char>(b[j]))) y = y * 10 + uint64_t(b[j++] - '0');
      if (x != y) return x < y ? -1 : 1;
    } else {
      if (a[i] != b[j]) return a[i] < b[j] ? -1 : 1;
      ++i, ++j;
    }
  }
  return (i < a.size()) - (j < b.size());
}

std::string closest(std::string_view name, const std::vector<std::string>& candidates) {
  NameSuggester suggest(name);
  for (const std::string& c : candidates) suggest.consider(c);
  return suggest.best();
}

std::string formatNumber(double n) {
  if (n == std::floor(n) && std::fabs(n) < 1e15) return fmt::format("{}", static_cast<int64_t>(n));
  std::string s = fmt::format("{:.2f}", n);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

std::string formatDuration(double s) { return ir::formatQuantity(s, ir::Dimension::Duration); }

std::string join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : std::string(sep)) + item;
  return out;
}

std::string stringLiteral(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out + "\"";
}

}  // namespace migc::checks
