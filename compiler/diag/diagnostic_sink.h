// Collects diagnostics. Passes never print: they report here and the driver
// renders at the end. A sink is not thread-safe; parallel work gets one sink
// per task and the driver merges them in a stable order.
#pragma once

#include <fmt/format.h>

#include <utility>
#include <vector>

#include "diag/diagnostic.h"

namespace migc {

class DiagnosticSink;

// Returned by DiagnosticSink::report so a call site can add notes and fixes.
class DiagBuilder {
 public:
  DiagBuilder(Diagnostic& d) : d_(d) {}
  DiagBuilder& note(std::string message, SourceRange range = {}) {
    d_.notes.push_back({std::move(message), range});
    return *this;
  }
  DiagBuilder& fix(SourceRange range, std::string replacement) {
    d_.fixes.push_back({range, std::move(replacement)});
    return *this;
  }
  DiagBuilder& help(std::string text) {
    d_.help = std::move(text);
    return *this;
  }
  DiagBuilder& also(SourceRange range) {
    d_.extra_ranges.push_back(range);
    return *this;
  }

 private:
  Diagnostic& d_;
};

class DiagnosticSink {
 public:
  template <typename... Args>
  DiagBuilder report(DiagKind kind, SourceRange range, Args&&... args) {
    const DiagInfo& info = diagInfo(kind);
    Diagnostic d;
    d.kind = kind;
    d.severity = info.severity;
    d.message = fmt::format(fmt::runtime(info.format), std::forward<Args>(args)...);
    d.range = range;
    return add(std::move(d));
  }

  DiagBuilder add(Diagnostic d) {
    if (d.severity == Severity::Error) ++errors_;
    if (d.severity == Severity::Warning) ++warnings_;
    diags_.push_back(std::move(d));
    return DiagBuilder(diags_.back());
  }

  void append(DiagnosticSink&& other) {
    for (Diagnostic& d : other.diags_) add(std::move(d));
    other.diags_.clear();
  }

  bool hasErrors() const { return errors_ > 0; }
  size_t errorCount() const { return errors_; }
  size_t warningCount() const { return warnings_; }
  const std::vector<Diagnostic>& diagnostics() const { return diags_; }
  std::vector<Diagnostic>& diagnostics() { return diags_; }

 private:
  std::vector<Diagnostic> diags_;
  size_t errors_ = 0;
  size_t warnings_ = 0;
};

}  // namespace migc
