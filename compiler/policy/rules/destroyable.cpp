// MIG5005: nothing survives stack deletion (seed CHK-A11/X5). Reads the
// fields that keep a resource alive on every kind, so kinds added later
// (bucket, table, backup vault, ...) are covered by naming them alike.
#include <fmt/format.h>

#include "policy/rule.h"

namespace migc::policy {
namespace {

struct Keeper {
  std::string_view field;
  bool keeps_when;  // the boolean value that keeps the resource
  std::string_view fix;
};
constexpr Keeper kKeepers[] = {
    {"deletion_protection", true, "false"},
    {"retain", true, "false"},
    {"retain_on_delete", true, "false"},
    {"final_snapshot", true, "false"},
    {"force_destroy", false, "true"},
};

class DestroyableRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::Destroyable; }
  void run(const RuleContext& ctx) const override {
    for (const ir::Object& o : ctx.program().objects) {
      for (const Keeper& k : kKeepers) {
        const ir::Value* v = o.field(k.field);
        if (!v || v->kind != ir::Value::Kind::Bool || v->boolean != k.keeps_when) continue;
        SourceRange at = ctx.where(o, k.field);
        ctx.report(at, k.field, v->boolean ? "true" : "false", fmt::format("{} {}", o.kind, o.name))
            .fix(at, std::string(k.fix))
            .help(fmt::format("set {} = {}: every resource must go with the stack", k.field, k.fix));
      }
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeDestroyableRule() { return std::make_unique<DestroyableRule>(); }

}  // namespace migc::policy
