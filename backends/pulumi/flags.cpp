#include "pulumi/flags.h"

#include <fmt/format.h>

#include <algorithm>
#include <deque>
#include <functional>
#include <map>

namespace migc::pulumi {
namespace {

using model::PValue;
using K = PValue::Kind;

bool refersTo(const PValue& v, const std::set<std::string>& ids) {
  return v.any([&](const PValue& x) { return x.isResourceRef() && ids.count(x.ref); });
}

bool isDroppedRef(const PValue& v, const std::set<std::string>& ids) {
  if (v.kind == K::IfFlag) return refersTo(v.items.at(0), ids);  // its flag is off
  return v.isResourceRef() && ids.count(v.ref);
}

// A kept resource needs a dropped one only where sema allows it (MIG2106): a
// function's environment variable, which is then left out of its map (as
// Terraform's null and CloudFormation's AWS::NoValue leave it out). Anywhere
// else the reference becomes null rather than a dangling name.
void dropRefs(PValue& v, const std::set<std::string>& ids) {
  if (isDroppedRef(v, ids)) {
    v = PValue::null();
    return;
  }
  if (v.kind == K::IfFlag) {  // its flag is on: the plain value
    PValue inner = std::move(v.items.at(0));
    v = std::move(inner);
  }
  if (v.kind == K::Object)
    std::erase_if(v.fields, [&](const std::pair<std::string, PValue>& f) { return isDroppedRef(f.second, ids); });
  for (auto& item : v.items) dropRefs(item, ids);
  for (auto& [k, f] : v.fields) dropRefs(f, ids);
}

bool usesParam(const PValue& v, const std::string& name) {
  return v.any([&](const PValue& x) { return x.kind == K::Param && x.text == name; });
}

}  // namespace

void fixFlagsAtCompileTime(model::Stack& stack, const ir::Program& program, const std::set<std::string>& set_on_command_line,
                           DiagnosticSink& diags) {
  std::map<std::string, bool> value;  // flag -> decided value
  for (const auto& r : stack.resources) {
    if (r.condition.empty() || value.count(r.condition)) continue;
    const ir::Param* param = nullptr;
    for (const ir::Param& p : program.params)
      if (p.name == r.condition) param = &p;
    SourceRange where = param ? param->range : program.migration_range;
    if (!param || !param->has_default || param->default_value.kind != ir::Value::Kind::Bool) {
      diags.report(DiagKind::PulumiFlagUnknown, where, r.condition)
          .help(fmt::format("give it a default (param {}: bool = false) or build with --set {}=true", r.condition,
                            r.condition));
      value[r.condition] = false;
      continue;
    }
    bool on = param->default_value.boolean;
    value[r.condition] = on;
    std::string from = set_on_command_line.count(r.condition) ? "set by --set" : "the param's default";
    std::string what = on ? fmt::format("its declarations are always created; rebuild with `migc build --set {}=false` "
                                        "to leave them out",
                                        r.condition)
                          : fmt::format("its declarations are left out of Pulumi.yaml; rebuild with `migc build "
                                        "--set {}=true` to include them",
                                        r.condition);
    diags.report(DiagKind::PulumiFlagFixed, where, r.condition, fmt::format("{} ({})", on ? "true" : "false", from), what)
        .help("Terraform and CloudFormation keep it a deploy-time switch (count, Conditions)");
  }
  if (value.empty()) return;

  std::set<std::string> dropped;
  std::deque<model::Resource> kept;
  for (auto& r : stack.resources) {
    if (!r.condition.empty() && !value[r.condition]) {
      dropped.insert(r.id);
      continue;
    }
    r.condition.clear();
    kept.push_back(std::move(r));
  }
  stack.resources = std::move(kept);
  for (auto& r : stack.resources) {
    for (auto& [k, v] : r.properties) dropRefs(v, dropped);
    std::erase_if(r.depends_on, [&](const std::string& d) { return dropped.count(d) > 0; });
  }
  std::erase_if(stack.outputs, [&](const model::Output& o) { return refersTo(o.value, dropped); });
  // A flag that only decided resources has no meaning as Pulumi config.
  std::erase_if(stack.params, [&](const model::Param& p) {
    if (!value.count(p.name)) return false;
    for (const auto& r : stack.resources)
      for (const auto& [k, v] : r.properties)
        if (usesParam(v, p.name)) return false;
    for (const auto& o : stack.outputs)
      if (usesParam(o.value, p.name)) return false;
    return true;
  });
}

}  // namespace migc::pulumi
