#include "diag/diagnostic_kind.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace migc {
namespace {

constexpr DiagInfo kInfos[] = {
#define MIG_DIAG(Name, Code, Sev, Format, Summary, Explanation) \
  {DiagKind::Name, #Name, Code, Severity::Sev, Format, Summary, Explanation},
#include "diag/diagnostic_kinds.def"
#undef MIG_DIAG
};

}  // namespace

const DiagInfo& diagInfo(DiagKind kind) { return kInfos[static_cast<size_t>(kind)]; }

std::span<const DiagInfo> allDiagInfos() { return kInfos; }

std::optional<DiagKind> findDiagByCode(std::string_view code) {
  auto upper_equal = [](std::string_view a, std::string_view b) {
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
             return std::toupper(static_cast<unsigned char>(x)) == y;
           });
  };
  for (const DiagInfo& info : kInfos)
    if (upper_equal(code, info.code)) return info.kind;
  return std::nullopt;
}

std::string_view severityName(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "error";
}

}  // namespace migc
