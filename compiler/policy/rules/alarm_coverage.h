// Shared by the "every X has an alarm on Y" rules (MIG5016-MIG5018,
// MIG5022): a declaration of `object_kind` needs an alarm watching one of
// `metrics`; `applies` narrows which declarations need one. The message
// gets the declaration's name, then its kind ("{1} {0} has no CPU alarm").
#pragma once

#include <fmt/format.h>

#include <functional>
#include <set>

#include "checks/check_util.h"
#include "policy/rule.h"

namespace migc::policy {

class AlarmCoverageRule final : public PolicyRule {
 public:
  AlarmCoverageRule(DiagKind kind, std::vector<std::string_view> object_kinds, std::vector<std::string_view> metrics,
                    std::string_view example, std::function<bool(const ir::Object&)> applies = {})
      : kind_(kind), object_kinds_(std::move(object_kinds)), metrics_(std::move(metrics)), example_(example), applies_(std::move(applies)) {}
  DiagKind kind() const override { return kind_; }
  void run(const RuleContext& ctx) const override {
    // What the alarms watch, once: (object, metric) pairs.
    std::set<std::pair<const ir::Object*, std::string>> watched;
    for (const ir::Object* alarm : ctx.objectsOf("alarm")) watched.insert(ctx.watched(*alarm));
    for (std::string_view object_kind : object_kinds_)
      for (const ir::Object* o : ctx.objectsOf(object_kind)) {
        if (applies_ && !applies_(*o)) continue;
        bool covered = false;
        for (std::string_view m : metrics_) covered = covered || watched.count({o, std::string(m)});
        if (!covered) ctx.report(o->name_range, o->name, o->kind).help(fmt::format(fmt::runtime(example_), o->name));
      }
  }

 private:
  DiagKind kind_;
  std::vector<std::string_view> object_kinds_;
  std::vector<std::string_view> metrics_;
  std::string_view example_;
  std::function<bool(const ir::Object&)> applies_;
};

}  // namespace migc::policy
