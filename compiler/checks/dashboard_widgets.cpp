// CHK-M6: every dashboard widget has exactly one content — a non-empty list
// of metrics, a Markdown text, or a Logs Insights query with its sources —
// and metrics sharing a widget share a unit (one left axis).
#include <fmt/format.h>

#include <set>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

class DashboardWidgetCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-M6"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* dashboard : ctx.objectsOf("dashboard")) {
      const ir::Value* widgets = dashboard->field("widget");
      if (!widgets || widgets->items.empty()) {
        ctx.report(DiagKind::DashboardWidgetContent, dashboard->name_range, "a dashboard needs at least one widget")
            .help("add widget { title = \"...\"; metrics = [...] }");
        continue;
      }
      const ir::Value* facts = dashboard->facts.get("widget");
      for (size_t i = 0; i < widgets->items.size(); ++i) {
        const ir::Value& w = widgets->items[i];
        SourceRange where = widgetRange(ctx, *dashboard, i);
        const ir::Value* metrics = w.get("metrics");
        int contents = (metrics ? 1 : 0) + (w.get("text") ? 1 : 0) + (w.get("query") ? 1 : 0);
        std::string label = titleOf(w, i);
        if (contents == 0) {
          ctx.report(DiagKind::DashboardWidgetContent, where, fmt::format("widget {} shows nothing", label))
              .help("give it metrics = [...], text = \"...\" or query = \"...\"");
          continue;
        }
        if (contents > 1) {
          ctx.report(DiagKind::DashboardWidgetContent, where,
                     fmt::format("widget {} has more than one of metrics, text and query", label))
              .help("split it into one widget per content");
          continue;
        }
        if (metrics && metrics->items.empty()) {
          ctx.report(DiagKind::DashboardWidgetContent, metrics->range.file.valid() ? metrics->range : where,
                     fmt::format("widget {} has an empty metrics list", label));
          continue;
        }
        const ir::Value* groups = w.get("log_groups");
        if (!w.get("query") && groups && !groups->items.empty()) {
          ctx.report(DiagKind::DashboardWidgetContent, groups->range.file.valid() ? groups->range : where,
                     fmt::format("widget {} has log_groups but no query to read them", label))
              .help("log_groups belong to a log widget: add query = \"...\", or remove them");
          continue;
        }
        if (w.get("query") && (!groups || groups->items.empty())) {
          ctx.report(DiagKind::DashboardWidgetContent, where,
                     fmt::format("the query of widget {} reads no log group", label))
              .help("add log_groups = [\"/aws/rds/cluster/...\"]");
          continue;
        }
        if (!metrics || !facts || i >= facts->items.size()) continue;
        const ir::Value* metric_facts = facts->items[i].get("metrics");
        if (!metric_facts) continue;
        std::set<std::string> units;
        for (const ir::Value& m : metric_facts->items) units.insert(m.get("unit")->text);
        if (units.size() > 1)
          ctx.report(DiagKind::DashboardMixedUnits, metrics->range.file.valid() ? metrics->range : where, label,
                     join(std::vector<std::string>(units.begin(), units.end()), ", "))
              .help("put metrics of each unit in a widget of their own");
      }
    }
  }

 private:
  // The i-th `widget { ... }` as written (each repeated block records its own range).
  static SourceRange widgetRange(const CheckContext& ctx, const ir::Object& dashboard, size_t index) {
    size_t seen = 0;
    for (const auto& [path, range] : dashboard.field_ranges)
      if (path == "widget" && seen++ == index) return range;
    return ctx.where(dashboard, "widget");
  }

  static std::string titleOf(const ir::Value& w, size_t index) {
    if (const std::string* title = constText(w.get("title"))) return fmt::format("'{}'", *title);
    return fmt::format("#{}", index + 1);
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeDashboardWidgetCheck() { return std::make_unique<DashboardWidgetCheck>(); }

}  // namespace migc::checks
