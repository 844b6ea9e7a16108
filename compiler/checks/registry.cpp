// The list of domain checks and the pass that runs them.
#include "checks/check.h"
#include "checks/checks.h"

namespace migc::checks {

#define MIG_CHECK(Name) std::unique_ptr<DomainCheck> make##Name();
#include "checks/checks.def"
#undef MIG_CHECK

namespace {

// Built on first use. Checks are stateless, so one set serves every run
// (and every thread).
const std::vector<std::unique_ptr<DomainCheck>>& allChecks() {
  static const std::vector<std::unique_ptr<DomainCheck>> checks = [] {
    std::vector<std::unique_ptr<DomainCheck>> out;
#define MIG_CHECK(Name) out.push_back(make##Name());
#include "checks/checks.def"
#undef MIG_CHECK
    return out;
  }();
  return checks;
}

}  // namespace

void runDomainChecks(const ir::Program& program, const StdlibData& data, DiagnosticSink& sink,
                     const CheckScope& scope) {
  CheckContext ctx(program, data, sink, scope);
  for (const auto& check : allChecks()) check->run(ctx);
}

std::vector<std::string_view> domainCheckIds() {
  std::vector<std::string_view> ids;
  for (const auto& check : allChecks()) ids.push_back(check->id());
  return ids;
}

}  // namespace migc::checks
