#include "lowering/storage.h"

#include <algorithm>
#include <cmath>

#include "lowering/access_logs.h"
#include "lowering/alarms.h"

namespace migc::lowering {

using model::PValue;

namespace {

std::vector<PValue> principals(Context& ctx, const ir::Value& list) {
  std::vector<PValue> out;
  for (const ir::Value& v : list.items) out.push_back(ctx.value(v));
  return out;
}

int64_t wholeDays(const ir::Value& v) { return static_cast<int64_t>(std::llround(v.number / 86400)); }

std::string upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::toupper(c); });
  return s;
}

}  // namespace

PValue bucketPolicy(Context& ctx, const ir::Object& bucket, const PValue& arn) {
  PValue objects = PValue::concat({arn, PValue::s("/*")});
  auto both = [&] { return PValue::list({arn, objects}); };
  std::vector<PValue> statements;
  statements.push_back(PValue::object(
      {{"Sid", PValue::s("DenyInsecureTransport")},
       {"Effect", PValue::s("Deny")},
       {"Principal", PValue::s("*")},
       {"Action", PValue::s("s3:*")},
       {"Resource", both()},
       {"Condition", PValue::object({{"Bool", PValue::object({{"aws:SecureTransport", PValue::s("false")}})}})}}));
  auto grant = [&](std::string sid, const ir::Value& who, std::vector<std::string> actions) {
    if (who.items.empty()) return;
    statements.push_back(PValue::object({{"Sid", PValue::s(std::move(sid))},
                                         {"Effect", PValue::s("Allow")},
                                         {"Principal", PValue::object({{"AWS", PValue::list(principals(ctx, who))}})},
                                         {"Action", PValue::strings(actions)},
                                         {"Resource", both()}}));
  };
  grant("AllowReaders", field(bucket, "readers"), {"s3:GetObject", "s3:ListBucket"});
  grant("AllowWriters", field(bucket, "writers"), {"s3:DeleteObject", "s3:GetObject", "s3:ListBucket", "s3:PutObject"});
  for (PValue& s : accessLogStatements(ctx, bucket, arn)) statements.push_back(std::move(s));
  return PValue::object({{"Version", PValue::s("2012-10-17")}, {"Statement", PValue::list(std::move(statements))}});
}

std::optional<LifecycleFacts> lifecycleFacts(const ir::Object& bucket) {
  const ir::Value* lifecycle = bucket.field("lifecycle");
  if (!lifecycle || lifecycle->kind != ir::Value::Kind::Map) return std::nullopt;
  LifecycleFacts f;
  if (const ir::Value* ts = lifecycle->get("transition"))
    for (const ir::Value& t : ts->items)
      f.transitions.push_back({wholeDays(*t.get("after")), upper(t.get("storage_class")->text)});
  auto days = [&](const char* name) -> std::optional<int64_t> {
    const ir::Value* v = lifecycle->get(name);
    if (!v || v->kind != ir::Value::Kind::Quantity) return std::nullopt;
    return wholeDays(*v);
  };
  f.expire_days = days("expire");
  f.noncurrent_expire_days = days("noncurrent_expire");
  f.abort_days = days("abort_uploads");
  return f;
}

PValue dashboardBody(Context& ctx, const ir::Object& dashboard) {
  const std::string region = ctx.program().regions.empty() ? "us-east-1" : ctx.program().regions.front();
  const ir::Value* widget_facts = dashboard.facts.get("widget");
  std::vector<PValue> widgets;
  int64_t x = 0, y = 0, row_height = 0;
  size_t index = 0;
  for (const ir::Value& w : field(dashboard, "widget").items) {
    int64_t width = w.get("width")->integer, height = w.get("height")->integer;
    if (x + width > 24) {  // next row
      x = 0;
      y += row_height;
      row_height = 0;
    }
    model::Fields props;
    std::string type;
    const ir::Value* title = w.get("title");
    if (title) props.emplace_back("title", ctx.value(*title));
    if (const ir::Value* text = w.get("text")) {
      type = "text";
      props = {{"markdown", ctx.value(*text)}};
    } else if (const ir::Value* query = w.get("query")) {
      type = "log";
      // "SOURCE 'a' | SOURCE 'b' | <query>". Log group names usually carry a
      // param (the suffix), so the parts are values, not just literal text.
      std::vector<PValue> parts;
      auto append = [&](PValue part) {
        if (part.kind == PValue::Kind::String && !parts.empty() && parts.back().kind == PValue::Kind::String)
          parts.back().text += part.text;
        else
          parts.push_back(std::move(part));
      };
      bool first = true;
      for (const ir::Value& g : w.get("log_groups")->items) {
        append(PValue::s(first ? "SOURCE '" : " | SOURCE '"));
        append(ctx.value(g));
        append(PValue::s("'"));
        first = false;
      }
      append(PValue::s(" | "));
      append(ctx.value(*query));
      props.emplace_back("query", parts.size() == 1 ? std::move(parts.front()) : PValue::concat(std::move(parts)));
      props.emplace_back("region", PValue::s(region));
      props.emplace_back("view", PValue::s("table"));
    } else {
      type = "metric";
      const ir::Value* facts = widget_facts && index < widget_facts->items.size() ? widget_facts->items[index].get("metrics") : nullptr;
      std::vector<PValue> metrics;
      const ir::Value* written = w.get("metrics");
      for (size_t i = 0; written && facts && i < written->items.size() && i < facts->items.size(); ++i) {
        const ir::Value& m = facts->items[i];
        const ir::Object& target = ctx.object(written->items[i]);
        std::vector<PValue> row = {PValue::s(m.get("namespace")->text), PValue::s(m.get("metric")->text)};
        for (auto& [name, value] : metricDimensions(ctx, target, m)) {
          row.push_back(PValue::s(name));
          row.push_back(value);
        }
        model::Fields options = {{"label", PValue::s(target.name + "." + written->items[i].text)}};
        // A metric of another region's declaration (a Global Database
        // secondary) is read from that region.
        if (std::string at = ctx.regionOf(target); !at.empty() && at != region) options.emplace_back("region", PValue::s(at));
        row.push_back(PValue::object(std::move(options)));
        metrics.push_back(PValue::list(std::move(row)));
      }
      std::string view = w.get("view")->text;
      std::string stat = w.get("statistic")->text;
      stat[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(stat[0])));
      props.emplace_back("metrics", PValue::list(std::move(metrics)));
      props.emplace_back("view", PValue::s(view == "single_value" ? "singleValue" : view == "bar" ? "bar" : "timeSeries"));
      props.emplace_back("stat", PValue::s(stat));
      props.emplace_back("period", PValue::i(static_cast<int64_t>(w.get("period")->number)));
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

}  // namespace migc::lowering
