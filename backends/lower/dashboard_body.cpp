#include "lower/dashboard_body.h"

#include <algorithm>
#include <cctype>

#include "lower/metrics.h"

namespace migc::lower {
namespace {

// "SOURCE 'a' | SOURCE 'b' | <query>". Log group names usually carry a
// param (the suffix), so the parts are values, not just literal text.
PValue logQuery(Context& ctx, const fields::Dashboard::Widget& w) {
  std::vector<PValue> parts;
  auto append = [&](PValue part) {
    if (part.kind == PValue::Kind::String && !parts.empty() && parts.back().kind == PValue::Kind::String)
      parts.back().text += part.text;
    else
      parts.push_back(std::move(part));
  };
  bool first = true;
  for (const ir::typed::Text& g : w.log_groups().items()) {
    append(PValue::s(first ? "SOURCE '" : " | SOURCE '"));
    append(ctx.value(g));
    append(PValue::s("'"));
    first = false;
  }
  append(PValue::s(" | "));
  append(ctx.value(w.query()));
  return parts.size() == 1 ? std::move(parts.front()) : PValue::concat(std::move(parts));
}

std::vector<PValue> metricRows(Context& ctx, const ir::Object& dashboard, const fields::Dashboard::Widget& w,
                               const ir::Value* facts, const std::string& region) {
  std::vector<PValue> metrics;
  const ir::Value& written = w.metrics().value();
  for (size_t i = 0; facts && i < written.items.size() && i < facts->items.size(); ++i) {
    const ir::Value& m = facts->items[i];
    const ir::Object& target = ctx.program().objects[written.items[i].object];
    std::vector<PValue> row = {PValue::s(m.get("namespace")->text), PValue::s(m.get("metric")->text)};
    for (auto& [name, value] : metricDimensions(ctx, target, m)) {
      row.push_back(PValue::s(name));
      row.push_back(std::move(value));
    }
    model::Fields options = {{"label", PValue::s(target.name + "." + written.items[i].text)}};
    // A metric of another region's declaration (a Global Database
    // secondary) is read from that region.
    if (std::string at = ctx.regionOf(target); !at.empty() && at != region) options.emplace_back("region", PValue::s(at));
    row.push_back(PValue::object(std::move(options)));
    metrics.push_back(PValue::list(std::move(row)));
  }
  (void)dashboard;
  return metrics;
}

}  // namespace

PValue dashboardBody(Context& ctx, const ir::Object& dashboard) {
  // Widgets read the dashboard's own region unless a metric says otherwise.
  const std::string region = ctx.regionOf(dashboard);
  const ir::Value* widget_facts = dashboard.facts.get("widget");
  std::vector<PValue> widgets;
  int64_t x = 0, y = 0, row_height = 0;
  size_t index = 0;
  for (const fields::Dashboard::Widget& w : fields::Dashboard(dashboard).widget().items()) {
    int64_t width = w.width().constant(), height = w.height().constant();
    if (x + width > 24) {  // next row
      x = 0;
      y += row_height;
      row_height = 0;
    }
    model::Fields props;
    std::string type;
    if (w.title().present()) props.emplace_back("title", ctx.value(w.title()));
    if (w.text().present()) {
      type = "text";
      // A text widget has no title property: the title becomes the markdown's heading
      // rather than being dropped.
      PValue markdown = ctx.value(w.text());
      if (w.title().present())
        markdown = PValue::concat({PValue::s("### "), ctx.value(w.title()), PValue::s("\n\n"), std::move(markdown)});
      props = {{"markdown", std::move(markdown)}};
    } else if (w.query().present()) {
      type = "log";
      props.emplace_back("query", logQuery(ctx, w));
      props.emplace_back("region", PValue::s(region));
      props.emplace_back("view", PValue::s("table"));
    } else {
      type = "metric";
      const ir::Value* facts =
          widget_facts && index < widget_facts->items.size() ? widget_facts->items[index].get("metrics") : nullptr;
      const std::string& view = w.view().word();
      std::string stat = w.statistic().word();
      stat[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(stat[0])));
      props.emplace_back("metrics", PValue::list(metricRows(ctx, dashboard, w, facts, region)));
      props.emplace_back("view", PValue::s(view == "single_value" ? "singleValue" : view == "bar" ? "bar" : "timeSeries"));
      props.emplace_back("stat", PValue::s(stat));
      props.emplace_back("period", PValue::i(w.period().wholeSeconds()));
      props.emplace_back("region", PValue::s(region));
    }
    widgets.push_back(PValue::object({{"type", PValue::s(type)},
                                      {"x", PValue::i(x)},
                                      {"y", PValue::i(y)},
                                      {"width", PValue::i(width)},
                                      {"height", PValue::i(height)},
                                      {"properties", PValue::object(std::move(props))}}));
    x += width;
    row_height = std::max(row_height, height);
    ++index;
  }
  return PValue::object({{"widgets", PValue::list(std::move(widgets))}});
}

}  // namespace migc::lower
