// One diagnostic as produced by a pass: kind, severity, message, primary
// range, and the notes and fix hints that teach the user what to do.
#pragma once

#include <string>
#include <vector>

#include "diag/diagnostic_kind.h"
#include "diag/source_manager.h"

namespace migc {

struct DiagNote {
  std::string message;
  SourceRange range;  // file invalid: the note has no location
};

// Replace `range` with `replacement` (an insertion when the range is empty).
struct FixIt {
  SourceRange range;
  std::string replacement;
};

struct Diagnostic {
  DiagKind kind{};
  Severity severity = Severity::Error;
  std::string message;
  SourceRange range;
  std::vector<SourceRange> extra_ranges;
  std::vector<DiagNote> notes;
  std::vector<FixIt> fixes;
  std::string help;  // one line of advice printed as "help: ..."
  // A program's own `policy` declarations report under their own codes
  // (MIG5900-MIG5999), which the registry cannot list; empty otherwise.
  std::string custom_code;

  std::string_view code() const { return custom_code.empty() ? diagInfo(kind).code : custom_code; }
};

}  // namespace migc
