// CHK-M3: an alarm has exactly one threshold, in a unit its metric can be
// compared in. migc converts durations and sizes to the metric's unit, so
// `above = 2s` on a Milliseconds metric is fine; what cannot be converted
// (80% on a Seconds metric) or is ambiguous (a bare 300 on a Seconds metric)
// is an error. The metric's unit comes from cloudwatch_metrics.json, falling
// back to the kind schema's.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"
#include "sema/schema.h"

namespace migc::checks {
namespace {

using Kind = ir::Value::Kind;
enum class UnitClass { Time, Bytes, Percent, Plain };

UnitClass classify(std::string_view unit) {
  if (unit.find("/Second") != std::string_view::npos) return UnitClass::Plain;  // rates: plain numbers
  if (unit == "Seconds" || unit == "Milliseconds" || unit == "Microseconds") return UnitClass::Time;
  if (unit == "Percent") return UnitClass::Percent;
  if (unit.ends_with("bytes") || unit == "Bytes" || unit.ends_with("bits") || unit == "Bits") return UnitClass::Bytes;
  return UnitClass::Plain;  // Count, None
}

std::string shown(const ir::Value& v) {
  if (v.kind != Kind::Quantity) return v.kind == Kind::String ? stringLiteral(v.text) : formatNumber(v.number);
  return ir::formatQuantity(v.number, v.dimension);
}

class AlarmThresholdCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-M3"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* alarm : ctx.objectsOf("alarm")) {
      const ir::Value* above = alarm->field("above");
      const ir::Value* below = alarm->field("below");
      if (above && below) {
        ctx.report(DiagKind::AlarmThresholdCount, ctx.where(*alarm, "below"),
                   "an alarm takes one of `above` and `below`, not both")
            .note("`above` is set here", ctx.where(*alarm, "above"))
            .help("declare a second alarm for the other bound");
        continue;
      }
      if (!above && !below) {
        ctx.report(DiagKind::AlarmThresholdCount, alarm->name_range, "an alarm needs a threshold")
            .help("add `above = ...` or `below = ...`, in the watched metric's unit");
        continue;
      }
      checkUnit(ctx, *alarm, above ? "above" : "below", above ? *above : *below);
    }
  }

 private:
  static void checkUnit(const CheckContext& ctx, const ir::Object& alarm, const char* field, const ir::Value& v) {
    const ir::Value* watch = alarm.field("watch");
    if (!watch || watch->kind != Kind::Attr || watch->object >= ctx.program().objects.size()) return;
    const ir::Object& watched = ctx.program().objects[watch->object];
    const sema::KindSchema* kind = sema::findKind(watched.kind);
    const sema::AttributeSchema* attr = kind ? kind->findAttribute(watch->text) : nullptr;
    if (!attr || !attr->metric) return;
    std::string unit(ctx.data().metricUnit(attr->metric->namespace_, attr->metric->metric));
    if (unit.empty()) unit = attr->metric->unit;
    UnitClass want = classify(unit);
    bool number = v.kind == Kind::Int || v.kind == Kind::Number;
    if (v.kind == Kind::Param || (number && want == UnitClass::Plain)) return;
    if (v.kind == Kind::Quantity) {
      UnitClass have = v.dimension == ir::Dimension::Duration ? UnitClass::Time
                       : v.dimension == ir::Dimension::Size   ? UnitClass::Bytes
                       : v.dimension == ir::Dimension::Money  ? UnitClass::Plain
                                                              : UnitClass::Percent;
      if (have == want) return;
    }
    SourceRange where = ctx.where(alarm, field);
    auto d = ctx.report(DiagKind::AlarmThresholdUnit, where, shown(v),
                        fmt::format("{}.{} ({})", watched.name, watch->text, attr->metric->metric), unit);
    d.note("the watched metric", ctx.where(alarm, "watch"));
    std::string n = number ? formatNumber(v.number) : "";
    switch (want) {
      case UnitClass::Time:
        if (number) d.fix(where, n + (unit == "Milliseconds" ? "ms" : "s"));
        d.help("write a duration, e.g. 300s or 500ms; migc converts it to " + unit);
        break;
      case UnitClass::Percent:
        if (number) d.fix(where, n + "%");
        d.help("write a percentage, e.g. 80%");
        break;
      case UnitClass::Bytes: d.help("write a size, e.g. 2GiB; migc converts it to " + unit); break;
      case UnitClass::Plain: d.help("write a plain number: the metric is a " + unit); break;
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeAlarmThresholdCheck() { return std::make_unique<AlarmThresholdCheck>(); }

}  // namespace migc::checks
