// A function's `allow` entries are IAM actions on declared objects whose ARN
// migc knows (never '*'), and its log retention is one CloudWatch Logs takes.
#include <fmt/format.h>

#include <cmath>
#include <regex>

#include "checks/check.h"
#include "checks/check_util.h"
#include "sema/schema.h"

namespace migc::checks {
namespace {

class FunctionPermissionsCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-L3"; }

  void run(const CheckContext& ctx) const override {
    static const std::regex kAction(R"([a-z0-9-]+:[A-Za-z0-9*]+)");
    for (const ir::Object* fn : ctx.objectsOf("function")) {
      if (const ir::Value* allow = fn->field("allow")) {
        SourceRange where = ctx.where(*fn, "allow");
        for (const auto& [action, targets] : allow->entries) {
          if (!std::regex_match(action, kAction))
            ctx.report(DiagKind::InvalidFunctionPermission, where,
                       fmt::format("'{}' is not an IAM action (service:Action, e.g. \"route53:ChangeResourceRecordSets\")", action));
          std::vector<const ir::Value*> items;
          if (targets.kind == ir::Value::Kind::List)
            for (const ir::Value& t : targets.items) items.push_back(&t);
          else
            items.push_back(&targets);
          for (const ir::Value* t : items) {
            SourceRange at = t->range.file.valid() ? t->range : where;
            if (t->kind != ir::Value::Kind::Attr) {
              ctx.report(DiagKind::InvalidFunctionPermission, at,
                         fmt::format("'{}' must be granted on declared objects, not {}", action,
                                     t->kind == ir::Value::Kind::String ? "a string" : "a value"))
                  .help("name the declaration (e.g. zone); migc writes its ARN so the grant is never on '*'");
              continue;
            }
            const ir::Object& target = ctx.program().objects[t->object];
            const sema::KindSchema* schema = sema::findKind(target.kind);
            bool has_arn = target.kind == "pipeline" || (schema && schema->findAttribute("arn"));
            if (t->text.empty() && !has_arn)
              ctx.report(DiagKind::InvalidFunctionPermission, at,
                         fmt::format("migc knows no ARN for {} '{}' to grant '{}' on", target.kind, target.name, action));
          }
        }
      }
      auto retention = constQuantity(fn->field("log_retention"), ir::Dimension::Duration);
      const std::vector<int>& allowed = ctx.data().log_retention_days;
      if (!retention || allowed.empty()) continue;
      double days = *retention / 86400;
      int nearest = allowed.front();
      for (int a : allowed)
        if (std::fabs(a - days) < std::fabs(nearest - days)) nearest = a;
      if (days == nearest) continue;
      SourceRange where = ctx.where(*fn, "log_retention");
      ctx.report(DiagKind::InvalidLogRetention, where, formatDuration(*retention))
          .fix(where, fmt::format("{}d", nearest))
          .help(fmt::format("the nearest allowed value is {}d", nearest));
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeFunctionPermissionsCheck() { return std::make_unique<FunctionPermissionsCheck>(); }

}  // namespace migc::checks
