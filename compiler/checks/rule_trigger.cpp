// A rule fires on exactly one of `on`, `pattern`, `every`, `cron`; `on`
// names an event migc knows (a pipeline's state_change); targets are
// functions or topics, the two EventBridge targets migc wires permissions
// for (CHK-L4).
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

class RuleTriggerCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-L4"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* rule : ctx.objectsOf("rule")) {
      if (!rule->field("targets")) continue;  // degenerate object: nothing to judge
      std::vector<std::string> written;
      for (const char* f : {"on", "pattern", "every", "cron"}) {
        const ir::Value* v = rule->field(f);
        bool empty_map = v && v->kind == ir::Value::Kind::Map && v->entries.empty();
        if (v && v->kind != ir::Value::Kind::Null && !empty_map) written.push_back(f);
      }
      if (written.size() != 1) {
        ctx.report(DiagKind::InvalidRuleTrigger, written.size() > 1 ? ctx.where(*rule, written[1]) : rule->name_range,
                   written.empty() ? fmt::format("rule '{}' has no trigger", rule->name)
                                   : fmt::format("rule '{}' has several triggers ({})", rule->name, join(written)))
            .help("write exactly one of `on`, `pattern`, `every` or `cron`");
      }
      if (const ir::Value* on = rule->field("on"); on && on->kind != ir::Value::Kind::Null) {
        const ir::Object* source = on->kind == ir::Value::Kind::Attr ? &ctx.program().objects[on->object] : nullptr;
        if (!source || source->kind != "pipeline" || on->text != "state_change")
          ctx.report(DiagKind::InvalidRuleTrigger, ctx.where(*rule, "on"),
                     "`on` must name an event of a declared object; migc knows pipeline.state_change")
              .help("for other events write the EventBridge pattern: pattern = { source = [\"aws.rds\"] }");
      }
      const ir::Value& targets = *rule->field("targets");
      for (size_t i = 0; i < targets.items.size(); ++i) {
        const ir::Value& t = targets.items[i];
        if (t.kind != ir::Value::Kind::Attr) continue;
        const ir::Object& target = ctx.program().objects[t.object];
        if (target.kind == "function" || target.kind == "topic") continue;
        ctx.report(DiagKind::InvalidRuleTrigger, t.range.file.valid() ? t.range : ctx.where(*rule, "targets"),
                   fmt::format("'{}' is a {}; a rule delivers to functions and topics", target.name, target.kind));
      }
      if (targets.items.empty())
        ctx.report(DiagKind::InvalidRuleTrigger, ctx.where(*rule, "targets"), fmt::format("rule '{}' has no targets", rule->name));
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeRuleTriggerCheck() { return std::make_unique<RuleTriggerCheck>(); }

}  // namespace migc::checks
