// CHK-R1: a cutover's phases make a usable weighted set. The phase param is
// an enum whose values are all phases (the weight lookup fails at deploy
// time otherwise); phases and set identifiers are distinct; no phase gives
// both records weight 0 (Route 53 then splits 50/50); there is a way back
// to blue; the TTL lets a phase change reach clients quickly.
#include <fmt/format.h>

#include <map>
#include <set>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

using Kind = ir::Value::Kind;

// Cutovers cache for at most this long before a warning (seed 003: 60s).
constexpr double kMaxCutoverTtl = 300;

SourceRange at(const ir::Value* v, const ir::Object& o) { return v && v->range.file.valid() ? v->range : o.name_range; }

class CutoverPhasesCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-R1"; }

  void run(const CheckContext& ctx) const override {
    std::map<std::string, const ir::Object*> records;  // "zone|record" -> first cutover
    for (const ir::Object* o : ctx.objectsOf("cutover")) {
      checkPhases(ctx, *o);
      checkSides(ctx, *o, records);
      if (auto ttl = constQuantity(o->field("ttl"), ir::Dimension::Duration); ttl && *ttl > kMaxCutoverTtl)
        ctx.report(DiagKind::CutoverTtlTooHigh, ctx.where(*o, "ttl"), formatDuration(*ttl), formatDuration(*ttl))
            .fix(ctx.where(*o, "ttl"), "60s")
            .help("lower the TTL for the migration (60s in seed 003); raise it again after the cutover");
    }
  }

 private:
  static void checkPhases(const CheckContext& ctx, const ir::Object& o) {
    const ir::Value* phases = o.field("phase");
    if (!phases) return;
    std::map<std::string, SourceRange> names;
    bool has_rollback = false;
    for (const ir::Value& ph : phases->items) {
      const ir::Value* name = ph.get("name");
      const std::string* text = constText(name);
      if (!text) continue;
      if (auto [it, fresh] = names.emplace(*text, at(name, o)); !fresh)
        ctx.report(DiagKind::CutoverDuplicate, at(name, o), fmt::format("phase '{}' is declared twice", *text))
            .note("first declared here", it->second);
      auto blue = constNumber(ph.get("blue"));
      auto green = constNumber(ph.get("green"));
      if (blue && green && *blue == 0 && *green == 0)
        ctx.report(DiagKind::AllWeightsZero, at(ph.get("green"), o), *text)
            .help("Route 53 then answers with both records equally; give the serving side a weight, e.g. 100");
      const ir::Value* rb = ph.get("rollback");
      bool rollback = (rb && rb->kind == Kind::Bool && rb->boolean) || *text == "rollback";
      if (rollback && green && *green > 0)
        ctx.report(DiagKind::MissingRollbackPhase, at(ph.get("green"), o),
                   fmt::format("rollback phase '{}' still sends traffic to green", *text))
            .help("a rollback phase gives green weight 0");
      has_rollback = has_rollback || rollback;  // one sending traffic to green is reported above
    }
    if (!has_rollback && !phases->items.empty())
      ctx.report(DiagKind::MissingRollbackPhase, o.name_range,
                 fmt::format("cutover '{}' has no rollback phase", o.name))
          .help("add `phase { name = \"rollback\"; blue = 100; green = 0; rollback = true }` and a value "
                "\"rollback\" to the phase param");
    checkParam(ctx, o, names);
  }

  static void checkParam(const CheckContext& ctx, const ir::Object& o, const std::map<std::string, SourceRange>& names) {
    const ir::Value* param = o.field("param");
    SourceRange where = ctx.where(o, "param");
    if (!param || param->kind != Kind::Param) {
      ctx.report(DiagKind::CutoverPhaseParam, where, "`param` must name a param whose values are the phase names")
          .help("declare `param phase: \"replication\" | \"cutover\" | \"rollback\" = \"replication\"` and write "
                "`param = phase`");
      return;
    }
    const ir::Param* decl = nullptr;
    for (const ir::Param& p : ctx.program().params)
      if (p.name == param->text) decl = &p;
    if (!decl) return;
    if (decl->allowed.empty()) {
      ctx.report(DiagKind::CutoverPhaseParam, where,
                 fmt::format("param '{}' is a {}, not an enum of the phase names", decl->name, decl->type))
          .note("declared here", decl->range)
          .help(fmt::format("declare it as `param {}: {}`", decl->name, enumOf(names)));
      return;
    }
    std::set<std::string> allowed(decl->allowed.begin(), decl->allowed.end());
    for (const std::string& value : decl->allowed) {
      if (names.count(value)) continue;
      bool is_default = decl->has_default && decl->default_value.text == value;
      ctx.report(DiagKind::CutoverPhaseParam, where,
                 is_default ? fmt::format("the default of param '{}', '{}', is no phase of cutover '{}'",
                                          decl->name, value, o.name)
                            : fmt::format("param '{}' allows '{}', which is no phase of cutover '{}'",
                                          decl->name, value, o.name))
          .note("the param is declared here", decl->range)
          .help(fmt::format("add `phase {{ name = \"{}\" ... }}` or remove the value from the param", value));
    }
    for (const auto& [name, range] : names)
      if (!allowed.count(name)) ctx.report(DiagKind::UnreachablePhase, range, name, decl->name).note("the param is declared here", decl->range);
  }

  static std::string enumOf(const std::map<std::string, SourceRange>& names) {
    std::string out;
    for (const auto& [name, range] : names) out += (out.empty() ? "" : " | ") + fmt::format("\"{}\"", name);
    return out;
  }

  static void checkSides(const CheckContext& ctx, const ir::Object& o, std::map<std::string, const ir::Object*>& records) {
    const std::string* blue = constText(o.field("blue.id"));
    const std::string* green = constText(o.field("green.id"));
    if (blue && green && *blue == *green)
      ctx.report(DiagKind::CutoverDuplicate, ctx.where(o, "green.id"),
                 fmt::format("blue and green share the set identifier '{}'", *blue))
          .help("each record of a weighted set needs its own set identifier");
    const ir::Value* zone = o.field("zone");
    const ir::Value* zone_id = o.field("zone_id");
    if (!zone && !zone_id)
      ctx.report(DiagKind::CutoverDuplicate, o.name_range, fmt::format("cutover '{}' needs a hosted zone", o.name))
          .help("write `zone = \"migration-${suffix}.example.com\"` to create one, or `zone_id = \"Z...\"`");
    if (zone && zone_id)
      ctx.report(DiagKind::CutoverDuplicate, ctx.where(o, "zone_id"), "write one of `zone` and `zone_id`, not both")
          .note("`zone` is set here", ctx.where(o, "zone"));
    std::string key = ir::formatValue(ctx.program(), zone ? *zone : zone_id ? *zone_id : ir::Value{}) + "|" +
                      ir::formatValue(ctx.program(), o.field("record") ? *o.field("record") : ir::Value{});
    if (auto [it, fresh] = records.emplace(key, &o); !fresh)
      ctx.report(DiagKind::CutoverDuplicate, ctx.where(o, "record"),
                 fmt::format("cutovers '{}' and '{}' write the same record", it->second->name, o.name))
          .note("the other cutover", it->second->name_range);
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeCutoverPhasesCheck() { return std::make_unique<CutoverPhasesCheck>(); }

}  // namespace migc::checks
