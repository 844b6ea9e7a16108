#include "policy/policy.h"

namespace migc::policy {

void runPolicyRules(const ir::Program& program, const checks::StdlibData& data, const PolicyConfig& config,
                    DiagnosticSink& sink, const CostProvider& cost) {
  for (const RuleEntry& entry : allRules()) {
    const CodeSettings* settings = config.find(entry.code());
    if (!settings || !settings->enabled) continue;
    RuleContext ctx(program, data, *entry.rule, *settings, sink, &cost);
    entry.rule->run(ctx);
  }
  runProjectRules(program, config, sink);
}

void applyConfigToFindings(const ir::Program& program, const PolicyConfig& config, DiagnosticSink& sink) {
  std::set<std::string, std::less<>> declared;
  for (const ir::Object& o : program.objects)
    if (o.kind == "policy")
      if (const ir::Value* code = o.field("code"); code && code->kind == ir::Value::Kind::String) declared.insert(code->text);
  DiagnosticSink kept;
  for (Diagnostic& d : sink.diagnostics()) {
    std::string_view code = d.code();
    bool rule = code.starts_with("MIG2") || isProjectRuleCode(code);
    if (const CodeSettings* s = rule ? config.find(code) : nullptr) {
      if (!s->enabled) continue;
      if (s->severity_set) d.severity = s->severity;
    }
    kept.add(std::move(d));
  }
  for (const auto& [code, s] : config.codes)
    if (isProjectRuleCode(code) && !declared.count(code) && s.where.file.valid())
      kept.report(DiagKind::UndefinedProjectRule, s.where, code);
  sink = std::move(kept);
}

}  // namespace migc::policy
