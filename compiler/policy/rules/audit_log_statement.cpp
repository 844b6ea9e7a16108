// MIG5012: PostgreSQL clusters log statements for the audit trail (seed
// 000: log_statement = all).
#include <fmt/format.h>

#include <algorithm>

#include "checks/check_util.h"
#include "policy/rule.h"

namespace migc::policy {
namespace {

class AuditLogStatementRule final : public PolicyRule {
 public:
  DiagKind kind() const override { return DiagKind::AuditLogStatement; }
  std::vector<RuleOption> options() const override {
    return {{"values", RuleOption::Type::StringList, R"(["all"])", "log_statement values that count as audit logging."}};
  }
  void run(const RuleContext& ctx) const override {
    std::vector<std::string> allowed = ctx.strings("values");
    for (const ir::Object* cluster : ctx.objectsOf("cluster")) {
      auto engine = checks::engineOf(*cluster);
      if (!engine || engine->engine.find("postgres") == std::string::npos) continue;
      const ir::Value* params = cluster->field("parameters");
      const ir::Value* v = params ? params->get("log_statement") : nullptr;
      if (v && !v->isConstant()) continue;
      const std::string* t = checks::constText(v);
      if (t && std::find(allowed.begin(), allowed.end(), *t) != allowed.end()) continue;
      SourceRange at = v && v->range.file.valid() ? v->range : ctx.where(*cluster, "parameters");
      auto b = ctx.report(at, cluster->name, t ? fmt::format("\"{}\"", *t) : std::string("not set"));
      std::string value = checks::stringLiteral(allowed.empty() ? "all" : allowed.front());
      if (v && v->range.file.valid()) b.fix(v->range, value);
      else ctx.addToMap(b, params, "log_statement = " + value);
      b.help(fmt::format("set parameters = {{ log_statement = \"{}\", ... }}", allowed.empty() ? "all" : allowed.front()));
    }
  }
};

}  // namespace

std::unique_ptr<PolicyRule> makeAuditLogStatementRule() { return std::make_unique<AuditLogStatementRule>(); }

}  // namespace migc::policy
