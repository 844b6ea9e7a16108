// Diagnostic kinds generated from diagnostic_kinds.def: one enumerator per
// message, with its stable code, default severity and documentation.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace migc {

enum class Severity : uint8_t { Error, Warning, Note };

enum class DiagKind : uint16_t {
#define MIG_DIAG(Name, Code, Sev, Format, Summary, Explanation) Name,
#include "diag/diagnostic_kinds.def"
#undef MIG_DIAG
};

struct DiagInfo {
  DiagKind kind;
  std::string_view name;
  std::string_view code;
  Severity severity;
  std::string_view format;
  std::string_view summary;
  std::string_view explanation;
};

const DiagInfo& diagInfo(DiagKind kind);
std::span<const DiagInfo> allDiagInfos();
std::optional<DiagKind> findDiagByCode(std::string_view code);
std::string_view severityName(Severity s);

}  // namespace migc
