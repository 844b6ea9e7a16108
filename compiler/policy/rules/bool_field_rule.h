// Shared by the rules that want a boolean field on (bucket versioning,
// table point-in-time recovery, database Multi-AZ): a declaration of
// `object_kind` whose `field` is the constant false is a finding. A param
// (known only at deploy time) is not judged.
#pragma once

#include <fmt/format.h>

#include "policy/rule.h"

namespace migc::policy {

class BoolFieldRule final : public PolicyRule {
 public:
  BoolFieldRule(DiagKind kind, std::string_view object_kind, std::string_view field)
      : kind_(kind), object_kind_(object_kind), field_(field) {}
  DiagKind kind() const override { return kind_; }
  void run(const RuleContext& ctx) const override {
    for (const ir::Object* o : ctx.objectsOf(object_kind_)) {
      const ir::Value* v = o->field(field_);
      if (!v || v->kind != ir::Value::Kind::Bool || v->boolean) continue;
      SourceRange at = ctx.where(*o, field_);
      ctx.report(at, o->name).fix(at, "true").help(fmt::format("set {} = true (the default)", field_));
    }
  }

 private:
  DiagKind kind_;
  std::string_view object_kind_;
  std::string_view field_;
};

}  // namespace migc::policy
