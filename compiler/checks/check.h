// The plumbing every domain check shares. A check is a small class, one per
// file, that reads the checked program and the stdlib tables and reports
// through the context; registry.cpp lists them. Checks run only on programs
// sema accepted without errors, so kinds and types are right, but a value
// may still be symbolic (a param) and is then skipped: only what migc knows
// at compile time is judged.
#pragma once

#include <initializer_list>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

#include "checks/checks.h"
#include "checks/stdlib_data.h"
#include "diag/diagnostic_sink.h"
#include "ir/program.h"

namespace migc::checks {

class CheckContext {
 public:
  CheckContext(const ir::Program& program, const StdlibData& data, DiagnosticSink& sink, const CheckScope& scope = {})
      : program_(program), data_(data), sink_(sink), scope_(scope) {}

  const ir::Program& program() const { return program_; }
  const StdlibData& data() const { return data_; }
  const CheckScope& scope() const { return scope_; }

  // The builder refers into the sink: finish the chain (notes, fixes, help)
  // before reporting again.
  template <typename... Args>
  DiagBuilder report(DiagKind kind, SourceRange range, Args&&... args) const {
    return sink_.report(kind, range, std::forward<Args>(args)...);
  }

  // Declarations of one kind, in program order.
  std::vector<const ir::Object*> objectsOf(std::string_view kind) const;
  // Objects of any of the kinds, in declaration order (e.g. {"cluster", "database"}).
  std::vector<const ir::Object*> objectsOf(std::initializer_list<std::string_view> kinds) const;
  // The declaration a reference field points at (`network = main`), or null.
  const ir::Object* referenced(const ir::Object& object, std::string_view path) const;
  // Where to point for a field: what the user wrote; else, for a value
  // written inside `block = { ... }`, the value itself or its block; else
  // the declaration's name (a default was used).
  SourceRange where(const ir::Object& object, std::string_view path) const;

 private:
  const ir::Program& program_;
  const StdlibData& data_;
  DiagnosticSink& sink_;
  CheckScope scope_;
};

class DomainCheck {
 public:
  virtual ~DomainCheck() = default;
  virtual std::string_view id() const = 0;  // the CHK-* id of the seed matrix
  virtual void run(const CheckContext& ctx) const = 0;
};

}  // namespace migc::checks
