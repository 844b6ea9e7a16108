// CloudFormation selects a cutover phase's weights with Fn::FindInMap, whose
// keys are [A-Za-z0-9.-]+ (cfn-lint E7001), and the phase names are the
// keys. `migc build` reported a bad name only when writing CloudFormation;
// the decision needs only the program, so `migc check` reports it too
// (unless --target leaves CloudFormation out).
#include <fmt/format.h>

#include <cctype>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {

class CutoverPhaseKeysCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-R1/keys"; }

  void run(const CheckContext& ctx) const override {
    if (!ctx.scope().cloudformation) return;
    for (const ir::Object* cutover : ctx.objectsOf("cutover")) {
      const ir::Value* phases = cutover->field("phase");
      for (const ir::Value& phase : phases ? phases->items : std::vector<ir::Value>{}) {
        const ir::Value* name = phase.get("name");
        if (!name || name->kind != ir::Value::Kind::String) continue;
        bool ok = !name->text.empty();
        for (char c : name->text) ok = ok && (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-');
        if (ok) continue;
        std::string fixed;
        for (char c : name->text) fixed += std::isalnum(static_cast<unsigned char>(c)) || c == '.' ? c : '-';
        ctx.report(DiagKind::CloudFormationMappingKey, name->range, name->text)
            .help(fmt::format("rename it, e.g. \"{}\", here and in the param's type", fixed));
      }
    }
  }
};

std::unique_ptr<DomainCheck> makeCutoverPhaseKeysCheck() { return std::make_unique<CutoverPhaseKeysCheck>(); }

}  // namespace migc::checks
