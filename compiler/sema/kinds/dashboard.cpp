#include "sema/kinds/kind_helpers.h"

namespace migc::sema {
using namespace kinds;

// A CloudWatch dashboard: widgets in reading order. The lowering places them
// left to right in rows of 24 columns, so the first widget is the top-left
// one (seed 001: replication lag is the primary metric). Each widget shows
// metrics of declared objects, a Markdown text, or a Logs Insights query
// (CHK-M6 shapes the JSON; compiler/checks/dashboard_widgets.cpp checks it).
const KindSchema& dashboardSchema() {
  static const KindSchema schema = [] {
    static const KindSchema widget = [] {
      KindSchema b{"widget", "One widget: metrics, a text, or a log query.", {}, {}};
      b.field("title", types::string(), "The widget's title.");
      TypeSpec metric;
      metric.tag = TypeSpec::Tag::Metric;
      b.field("metrics", types::listOf(metric), "Metrics plotted together, e.g. [replicate.target_lag, replicate.source_lag].");
      b.field("text", types::string(), "Markdown shown instead of metrics (runbook links, cutover checklist).");
      b.field("query", types::string(), "A CloudWatch Logs Insights query shown instead of metrics.");
      b.field("log_groups", types::listOf(types::string()), "The log groups the query reads.").default_value = emptyList();
      b.field("view", types::oneOf({"time_series", "single_value", "bar"}), "How metrics are drawn.")
          .default_value = enumValue("time_series");
      b.field("statistic", types::oneOf({"average", "maximum", "minimum", "sum"}), "How datapoints are aggregated.")
          .default_value = enumValue("average");
      FieldSchema& period = b.field("period", types::duration(), "The datapoint period (a multiple of 60s).");
      period.default_value = minutes(1);
      period.min = 60;
      period.max = 86400;
      FieldSchema& width = constant(b.field("width", types::integer(), "Width in grid columns (the grid is 24 wide)."));
      width.default_value = ir::Value::ofInt(12);
      width.min = 1;
      width.max = 24;
      FieldSchema& height = constant(b.field("height", types::integer(), "Height in grid rows."));
      height.default_value = ir::Value::ofInt(6);
      height.min = 1;
      height.max = 1000;
      return b;
    }();
    KindSchema s{"dashboard", "A CloudWatch dashboard: widgets in reading order, the first at the top left.", {}, {}};
    s.field("widget", types::block(widget, true), "A widget; repeat the block, most important first.");
    s.attribute("name", types::string(), "The dashboard name.");
    return s;
  }();
  return schema;
}

}  // namespace migc::sema
