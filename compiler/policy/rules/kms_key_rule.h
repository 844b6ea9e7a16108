// Shared by MIG5006-MIG5009: data at rest is encrypted with customer-managed
// keys (seed CHK-S6). A declaration of `object_kind` must name a `key`.
#pragma once

#include <fmt/format.h>

#include "policy/rule.h"

namespace migc::policy {

class KmsKeyRule final : public PolicyRule {
 public:
  KmsKeyRule(DiagKind kind, std::string_view object_kind) : kind_(kind), object_kind_(object_kind) {}
  // Exempts declarations that a `referrer_kind` names in `referrer_field`:
  // those AWS itself requires without a customer-managed key.
  KmsKeyRule(DiagKind kind, std::string_view object_kind, std::string_view referrer_kind, std::string_view referrer_field)
      : kind_(kind), object_kind_(object_kind), exempt_kind_(referrer_kind), exempt_field_(referrer_field) {}
  DiagKind kind() const override { return kind_; }
  void run(const RuleContext& ctx) const override {
    auto keys = ctx.objectsOf("key");
    for (const ir::Object* o : ctx.objectsOf(object_kind_)) {
      if (ctx.referenced(*o, "key")) continue;
      if (!exempt_kind_.empty() && !ctx.referrers(*o, exempt_kind_, exempt_field_).empty()) continue;
      const ir::Value* key = o->field("key");
      if (key && key->kind != ir::Value::Kind::Null) continue;  // a param or attribute: known at deploy time
      ctx.report(o->name_range, o->name)
          .help(keys.empty() ? "declare a `key` and set key = <its name> here"
                             : fmt::format("set key = {} (or another key)", keys.front()->name));
    }
  }

 private:
  DiagKind kind_;
  std::string_view object_kind_;
  std::string_view exempt_kind_, exempt_field_;
};

}  // namespace migc::policy
