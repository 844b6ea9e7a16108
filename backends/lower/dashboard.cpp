// A CloudWatch dashboard. Dashboards take no tags in any target.
#include "lower/dashboard_body.h"
#include "lower/registry.h"

namespace migc::lower {

template <>
KindLowering lowering<kind::dashboard>() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    model::Resource& dashboard = ctx.add("aws_cloudwatch_dashboard", Context::id(o, "dashboard"), o);
    dashboard.properties = {{"dashboard_name", ctx.name(o, "dashboard")},
                            {"dashboard_body", PValue::json(dashboardBody(ctx, o))}};
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view) {
    return PValue::refTo(Context::id(o, "dashboard"), "dashboard_name");  // the name: its only attribute
  };
  return k;
}

}  // namespace migc::lower
