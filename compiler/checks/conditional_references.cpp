// A declaration guarded by `when flag` may be left out; one that exists
// without it (or under another flag) must not point at it, or the reference
// dangles: CloudFormation rejects a Ref to a resource whose Condition is
// false, Terraform reads null, Pulumi drops the resource. Two fields lower
// such a reference safely — a function's `environment` when the variable is
// exactly the attribute (it is left out) and `allow` (the grant is a policy
// under the other flag) — and
// outputs reading one flag's declarations exist under that flag. DMS and RDS
// metrics are read by name (dimensions come from the naming pattern), so a
// dashboard may chart a guarded pipeline.
#include <fmt/format.h>

#include <set>

#include "checks/check.h"
#include "sema/schema.h"

namespace migc::checks {
namespace {

using Kind = ir::Value::Kind;

std::string flagOf(const ir::Object& o) { return o.condition.kind == Kind::Param ? o.condition.text : std::string(); }

// DMS and RDS metrics name their dimensions from the naming pattern
// (lower/metrics.cpp); other metrics read an attribute of the resource.
bool isMetricReadByName(const ir::Object& target, const std::string& attr) {
  if (attr.empty()) return false;
  const sema::KindSchema* k = sema::findKind(target.kind);
  const sema::AttributeSchema* a = k ? k->findAttribute(attr) : nullptr;
  return a && a->metric && (a->metric->namespace_ == "AWS/DMS" || a->metric->namespace_ == "AWS/RDS");
}

// Every reference inside `v` that reads a declaration (not a metric).
void references(const ir::Program& p, const ir::Value& v, std::vector<const ir::Value*>& out) {
  if (v.kind == Kind::Attr && v.object < p.objects.size() && !isMetricReadByName(p.objects[v.object], v.text)) out.push_back(&v);
  for (const ir::Value& item : v.items) references(p, item, out);
  for (const auto& [k, item] : v.entries) references(p, item, out);
}

std::string existence(const std::string& flag) { return flag.empty() ? "always exists" : "exists when " + flag; }

class ConditionalReferenceCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-X3"; }

  void run(const CheckContext& ctx) const override {
    const ir::Program& p = ctx.program();
    for (const ir::Object& o : p.objects) {
      std::string flag = flagOf(o);
      for (const auto& [field, value] : o.fields.entries) {
        std::vector<const ir::Value*> refs;
        if (o.kind == "function" && field == "allow") continue;  // a policy per flag: see the file comment
        if (o.kind == "function" && field == "environment") {
          // A variable that is exactly the attribute can be left out; one that
          // builds a string around it cannot.
          for (const auto& [name, v] : value.entries)
            if (v.kind != Kind::Attr) references(p, v, refs);
        } else {
          references(p, value, refs);
        }
        for (const ir::Value* r : refs) {
          const ir::Object& target = p.objects[r->object];
          std::string target_flag = flagOf(target);
          if (&target == &o || target_flag.empty() || target_flag == flag) continue;
          SourceRange at = r->range.file.valid() ? r->range : ctx.where(o, field);
          ctx.report(DiagKind::ConditionalReference, at, o.kind, o.name, existence(flag), target.name, target_flag)
              .note(fmt::format("'{}' is declared `when {}` here", target.name, target_flag), target.name_range)
              .help(fmt::format("guard {} '{}' with `when {}` too", o.kind, o.name, target_flag));
        }
      }
    }
    for (const ir::Output& out : p.outputs) {
      std::vector<const ir::Value*> refs;
      references(p, out.value, refs);
      std::set<std::string> flags;
      for (const ir::Value* r : refs) flags.insert(flagOf(p.objects[r->object]));
      if (flags.size() < 2) continue;  // one flag: the output exists under it
      for (const ir::Value* r : refs) {
        const ir::Object& target = p.objects[r->object];
        std::string target_flag = flagOf(target);
        if (target_flag.empty()) continue;
        std::string others;
        for (const std::string& f : flags)
          if (f != target_flag) others += (others.empty() ? "" : ", ") + (f.empty() ? std::string("always-present declarations") : "declarations under " + f);
        ctx.report(DiagKind::ConditionalReference, r->range.file.valid() ? r->range : out.range, "output", out.name,
                   "also reads " + others, target.name, target_flag)
            .help("split it into one output per flag");
        break;
      }
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeConditionalReferenceCheck() { return std::make_unique<ConditionalReferenceCheck>(); }

}  // namespace migc::checks
